using Infra.Expressions;
using Infra.Model;

namespace Infra.Providers.GitHub;

/// <summary>
/// <c>github:index/repositoryRuleset:RepositoryRuleset</c>, active, on the default branch: changes
/// arrive through pull requests, and only once the required checks passed.
/// </summary>
public sealed record RepositoryRuleset(string Name, Input<string> Repository, Input<string> RulesetName, IReadOnlyList<string> RequiredChecks) : Resource(Name), ISummarized
{
    /// <summary>The ref-name condition GitHub resolves to the repository's default branch.</summary>
    public const string DefaultBranch = "~DEFAULT_BRANCH";

    public override string Type => "github:index/repositoryRuleset:RepositoryRuleset";

    /// <summary>Approvals a pull request needs before it merges.</summary>
    public long RequiredApprovals { get; init; }

    public IReadOnlyList<string> SummaryKeys { get; } = ["name", "enforcement"];

    public override ObjectExpr Inputs() => new ObjectBuilder()
        .Add("repository", Repository)
        .Add("name", RulesetName)
        .Add("target", (Expr)"branch")
        .Add("enforcement", (Expr)"active")
        .Add("conditions", ObjectExpr.From(("refName", ObjectExpr.From(("includes", ListExpr.Of(DefaultBranch)), ("excludes", new ListExpr([]))))))
        .Add("rules", ObjectExpr.From(
            ("pullRequest", ObjectExpr.From(("requiredApprovingReviewCount", RequiredApprovals))),
            ("requiredStatusChecks", ObjectExpr.From(
                ("requiredChecks", new ListExpr([.. RequiredChecks.Select(c => (Expr)ObjectExpr.From(("context", c)))])),
                ("strictRequiredStatusChecksPolicy", true)))))
        .Build();
}
