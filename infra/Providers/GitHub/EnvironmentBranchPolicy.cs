using Infra.Expressions;

namespace Infra.Providers.GitHub;

/// <summary>
/// Which branches may deploy to an environment (<c>RepositoryEnvironmentDeploymentBranchPolicy</c>,
/// both required): the protected branches, or the patterns of its deployment policies.
/// </summary>
public sealed record EnvironmentBranchPolicy(bool ProtectedBranches, bool CustomBranchPolicies) : IInputObject
{
    public ObjectExpr ToExpr() => ObjectExpr.From(("protectedBranches", ProtectedBranches), ("customBranchPolicies", CustomBranchPolicies));
}
