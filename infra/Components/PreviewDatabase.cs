using Infra.Expressions;
using Infra.Graph;
using Infra.Model;
using Infra.Providers.Neon;

namespace Infra.Components;

/// <summary>
/// A pull request's database: a branch of the staging project's <c>main</c> with its own
/// read-write endpoint. The branch inherits the role and database, so they are not declared;
/// the role's password comes from <c>getBranchRolePassword</c> and the connection URIs are
/// built from the endpoint's hosts, the role, the password and the database, kept secret.
/// </summary>
public sealed class PreviewDatabase
{
    private PreviewDatabase(Branch branch, Endpoint endpoint, Expr pooledUri, Expr directUri)
    {
        Branch = branch;
        Endpoint = endpoint;
        PooledUri = pooledUri;
        DirectUri = directUri;
    }

    public Branch Branch { get; }

    public Endpoint Endpoint { get; }

    /// <summary>Through Neon's pooler: the app's queries.</summary>
    public Expr PooledUri { get; }

    /// <summary>Direct: migrations.</summary>
    public Expr DirectUri { get; }

    /// <param name="staging">The staging stack, whose outputs name the Neon project, its main branch, role and database.</param>
    public static PreviewDatabase Declare(ProgramBuilder builder, ComponentPath path, PreviewDatabaseArgs args, StackReference staging)
    {
        var projectId = staging.Output("neonProjectId");
        var role = staging.Output("neonRoleName");
        var database = staging.Output("neonDatabaseName");
        var branch = builder.Add(new Branch(path.Name("branch"), projectId)
        {
            BranchName = args.BranchName,
            ParentId = staging.Output("neonMainBranchId"),
        });
        var endpoint = builder.Add(new Endpoint(path.Name("endpoint"), projectId, branch.Id)
        {
            EndpointType = "read_write",
            AutoscalingLimitMinCu = args.MinCu,
            AutoscalingLimitMaxCu = args.MaxCu,
            SuspendTimeoutSeconds = args.SuspendTimeoutSeconds,
        });
        var password = builder.AddVariable(path.Name("password"), NeonFunctions.BranchRolePassword(projectId, branch.Id, role));

        Expr Uri(params Expr[] host) => new SecretExpr(Interpolation.Of(
            [(Expr)"postgresql://", role.Ref, ":", password.Ref, "@", .. host, "/", database.Ref, "?sslmode=require"]));

        return new PreviewDatabase(
            branch,
            endpoint,
            Uri(endpoint.Id.Ref, "-pooler.", endpoint.ProxyHost.Ref),
            Uri(endpoint.Host.Ref));
    }
}
