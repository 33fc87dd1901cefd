using Infra.Expressions;
using Infra.Graph;
using Infra.Model;
using Infra.Providers.Neon;
using NeonProject = Infra.Providers.Neon.Project;

namespace Infra.Components;

/// <summary>
/// A stack's Neon Postgres: one project whose default branch is created with the application
/// role and database, and, once adopted, the branch's running compute.
/// </summary>
/// <remarks>
/// kislerdm/neon 0.15.0 sends the project's <c>defaultEndpointSettings</c> to the API at creation,
/// where they size the first compute, and afterwards only as the project's defaults for new
/// computes (provider/resource_project.go L923-929: <c>UpdateProject</c>, never the endpoint). So
/// the running compute is managed as its own <c>neon:index/endpoint:Endpoint</c>, adopted with the
/// <c>import</c> option (id <c>&lt;project&gt;/&lt;endpoint&gt;</c>, provider/resource_endpoint.go
/// L304-324), whose update PATCHes the compute itself (L271-302). Until it is adopted, the project
/// ignores changes to those settings: Pulumi shows no update that would not reach the compute, and
/// <c>infra diff</c> and <c>infra check --base</c> say the change is not applied.
/// </remarks>
public sealed class NeonDatabase
{
    /// <summary>The project input that only seeds the first compute.</summary>
    public const string ComputeSeed = "defaultEndpointSettings";

    private NeonDatabase(NeonProject project, Endpoint? compute, Expr pooledUri, Expr directUri)
    {
        Project = project;
        Compute = compute;
        PooledUri = pooledUri;
        DirectUri = directUri;
    }

    public NeonProject Project { get; }

    /// <summary>The default branch's running compute, once adopted (<see cref="NeonDatabaseArgs.ComputeId"/>).</summary>
    public Endpoint? Compute { get; }

    /// <summary>Through Neon's pooler: the app's queries (secret).</summary>
    public Expr PooledUri { get; }

    /// <summary>Direct: migrations and dumps (secret).</summary>
    public Expr DirectUri { get; }

    /// <summary>The default compute as <c>&lt;project id&gt;/&lt;endpoint id&gt;</c>: the value of <c>neon.computeId</c>.</summary>
    public Expr ComputeId => Interpolation.Of(Project.Id.Ref, "/", Project.DefaultEndpointId.Ref);

    public static NeonDatabase Declare(ProgramBuilder builder, ComponentPath path, NeonDatabaseArgs args)
    {
        // Retained in every stack: a replacement, an adoption of another project (neon.projectId) or a
        // removal from the program drops the old project from the state and keeps it in Neon. The
        // engine deletes a replaced resource unless its *stored* state says retainOnDelete
        // (pulumi pkg/resource/deploy/step.go, DeleteStep.Apply), so it must be there before.
        var options = (args.Protect ? ResourceOptions.Protected : new ResourceOptions { RetainOnDelete = true }) with { Import = args.ProjectId };
        if (args.ComputeId is null)
        {
            options = options with { IgnoreChanges = [ComputeSeed] };
        }

        var project = builder.Add(new NeonProject(path.Name("project"))
        {
            ProjectName = args.ProjectName,
            RegionId = args.Region,
            PgVersion = args.PgVersion,
            HistoryRetentionSeconds = args.HistoryRetentionSeconds,
            OrgId = args.OrgId is { } orgId ? (Input<string>?)orgId : null,
            Branch = new ProjectBranch(args.BranchName, args.RoleName, args.DatabaseName),
            DefaultEndpointSettings = new ProjectDefaultEndpointSettings
            {
                AutoscalingLimitMinCu = args.MinCu,
                AutoscalingLimitMaxCu = args.MaxCu,
                SuspendTimeoutSeconds = args.SuspendTimeoutSeconds,
            },
            DefaultBranchProtected = args.Protect ? (Input<bool>?)true : null,
            Options = options,
        });

        var compute = args.ComputeId is { } computeId
            ? builder.Add(new Endpoint(path.Name("compute"), project.Id, project.DefaultBranchId)
            {
                EndpointType = "read_write",
                AutoscalingLimitMinCu = args.MinCu,
                AutoscalingLimitMaxCu = args.MaxCu,
                SuspendTimeoutSeconds = args.SuspendTimeoutSeconds,
                Options = new ResourceOptions
                {
                    Import = computeId,

                    // Leaving the program (neon.computeId unset, or another compute adopted) only
                    // drops it from the state: it is the branch's compute, never Pulumi's to delete.
                    RetainOnDelete = true,

                    // Promoting another branch to default changes defaultBranchId; the PATCH would then
                    // move this compute (provider/resource_endpoint.go L278). Re-adopt instead
                    // (docs/runbooks/backup-and-restore.md).
                    IgnoreChanges = ["branchId"],
                },
            })
            : null;

        return new NeonDatabase(
            project,
            compute,
            new SecretExpr(Interpolation.Of(project.ConnectionUriPooler.Ref, ConnectionUris.ProjectUriSuffix)),
            new SecretExpr(Interpolation.Of(project.ConnectionUri.Ref, ConnectionUris.ProjectUriSuffix)));
    }
}
