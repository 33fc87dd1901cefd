using Infra.Expressions;
using Infra.Model;

namespace Infra.Providers.GitHub;

/// <summary>
/// <c>github:index/repositoryEnvironmentDeploymentPolicy:RepositoryEnvironmentDeploymentPolicy</c>: a
/// branch pattern allowed to deploy to an environment whose policy is <c>customBranchPolicies</c>.
/// </summary>
public sealed record RepositoryEnvironmentDeploymentPolicy(string Name, Input<string> Repository, Input<string> Environment, Input<string> BranchPattern)
    : Resource(Name), ISummarized
{
    public override string Type => "github:index/repositoryEnvironmentDeploymentPolicy:RepositoryEnvironmentDeploymentPolicy";

    public IReadOnlyList<string> SummaryKeys { get; } = ["environment", "branchPattern"];

    public override ObjectExpr Inputs() => new ObjectBuilder()
        .Add("repository", Repository)
        .Add("environment", Environment)
        .Add("branchPattern", BranchPattern)
        .Build();
}
