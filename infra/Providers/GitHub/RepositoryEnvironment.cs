using Infra.Expressions;
using Infra.Model;

namespace Infra.Providers.GitHub;

/// <summary>
/// <c>github:index/repositoryEnvironment:RepositoryEnvironment</c>: a deployment environment of a
/// repository, its required reviewers and which branches may deploy to it.
/// </summary>
public sealed record RepositoryEnvironment(string Name, Input<string> Repository, Input<string> Environment) : Resource(Name), ISummarized
{
    public override string Type => "github:index/repositoryEnvironment:RepositoryEnvironment";

    /// <summary>Who must approve a deployment (at most one entry: users and teams by numeric id).</summary>
    public IReadOnlyList<EnvironmentReviewers>? Reviewers { get; init; }

    /// <summary>The person who triggered a deployment cannot approve it.</summary>
    public Input<bool>? PreventSelfReview { get; init; }

    public EnvironmentBranchPolicy? DeploymentBranchPolicy { get; init; }

    /// <summary>The environment's name once it exists (resources of the environment depend on it through this).</summary>
    public Output<string> EnvironmentOutput => Output<string>("environment");

    public IReadOnlyList<string> SummaryKeys { get; } = ["environment"];

    public override ObjectExpr Inputs() => new ObjectBuilder()
        .Add("repository", Repository)
        .Add("environment", Environment)
        .Add("reviewers", Reviewers)
        .Add("preventSelfReview", PreventSelfReview)
        .Add("deploymentBranchPolicy", DeploymentBranchPolicy)
        .Build();
}
