using Infra.Expressions;
using Infra.Graph;
using Infra.Model;
using Infra.Providers.Neon;
using Infra.Providers.Std;

namespace Infra.Components;

/// <summary>
/// A pull request's database: a branch of the staging project's <c>main</c> with its own
/// read-write endpoint. The branch inherits the role and database, so they are not declared;
/// the role's password comes from <c>getBranchRolePassword</c> and the connection URIs are
/// built from the endpoint's host, the role, the password and the database, kept secret.
/// </summary>
public sealed class PreviewDatabase
{
    /// <summary>
    /// The text an empty password turns into before it is parsed as a number, so that the failed
    /// update says why. It never holds the password: a non-empty one has become "0" before.
    /// </summary>
    public const string EmptyPasswordMessage =
        "neon-password is empty: getBranchRolePassword drops the API's error (kislerdm/neon 0.15.0) - re-run the job; see docs/runbooks/troubleshooting.md";

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

        // The branch id as the endpoint reports it: the lookup runs once the endpoint's create has
        // waited for its operations (provider/resource_endpoint.go L231), not while the project is
        // busy starting it (423, which the lookup does not retry).
        var password = builder.AddVariable(path.Name("password"), NeonFunctions.BranchRolePassword(projectId, endpoint.BranchIdOutput, role));
        var verified = builder.AddVariable(path.Name("password-verified"), VerifiedPassword(builder, path, password));

        // -pooler after the host's first label, as the provider derives the project's pooled host
        // (provider/resource_project.go L459-467).
        var pooledHost = builder.AddVariable(path.Name("pooler-host"), StdFunctions.Replace(endpoint.Host, "/^([^.]+)\\./", "$1-pooler."));

        Expr Uri(Ref host) => new SecretExpr(Interpolation.Of(
            "postgresql://", role.Ref, ":", verified.Ref, "@", host, "/", database.Ref, ConnectionUris.Query));

        return new PreviewDatabase(branch, endpoint, Uri(pooledHost.Ref), Uri(endpoint.Host.Ref));
    }

    /// <summary>
    /// The password, or a failed update when it is empty. <c>getBranchRolePassword</c> discards the
    /// API's error and returns "" (provider/data_source_branch_role_password.go L59-67), which would
    /// deploy <c>postgresql://app:@...</c>. The check: the password becomes "0" (every character,
    /// RE2 <c>(?s)</c>), an empty one the message instead; <c>std:index:parseint</c> fails on the
    /// message (pulumi-std provider/parseint.go L56-59) and gives 0 otherwise; <c>fn::select</c>
    /// picks the password with that index, so every URI waits for the check.
    /// </summary>
    private static SelectExpr VerifiedPassword(ProgramBuilder builder, ComponentPath path, Variable password)
    {
        var zeroOrEmpty = StdFunctions.Replace(new Input<string>(password.Ref), "/(?s)^.+$/", "0");
        var zeroOrMessage = StdFunctions.Replace(new Input<string>(zeroOrEmpty), "/^$/", EmptyPasswordMessage);
        var check = builder.AddVariable(path.Name("password-check"), StdFunctions.ParseInt(new Input<string>(zeroOrMessage)));
        return new SelectExpr(check.Ref, ListExpr.Of(password.Ref));
    }
}
