using Infra.Expressions;
using Infra.Model;

namespace Infra.Providers.Sentry;

/// <summary>
/// <c>sentry:index/issueAlert:IssueAlert</c> with the typed <c>conditionsV2s</c>, <c>filtersV2s</c> and
/// <c>actionsV2s</c> (the string attributes <c>conditions</c>, <c>filters</c>, <c>actions</c> are
/// deprecated). No environment filter: each stack has its own project, and Sentry refuses a rule
/// filtered to an environment that has not received an event yet.
/// </summary>
public sealed record SentryIssueAlert(string Name, Input<string> Organization, Input<string> Project, Input<string> RuleName) : Resource(Name), ISummarized
{
    public override string Type => "sentry:index/issueAlert:IssueAlert";

    /// <summary>How often, in minutes, the rule may fire for one issue (Sentry: 5 to 43200).</summary>
    public required Input<long> FrequencyMinutes { get; init; }

    public required IReadOnlyList<IssueAlertCondition> Conditions { get; init; }

    public IReadOnlyList<IssueAlertFilter> Filters { get; init; } = [];

    public required IReadOnlyList<IssueAlertAction> Actions { get; init; }

    /// <summary><c>any</c> or <c>all</c> of the conditions.</summary>
    public Input<string> ActionMatch { get; init; } = "any";

    /// <summary><c>any</c>, <c>all</c> or <c>none</c> of the filters.</summary>
    public Input<string> FilterMatch { get; init; } = "all";

    public IReadOnlyList<string> SummaryKeys { get; } = ["name", "frequency"];

    public override ObjectExpr Inputs() => new ObjectBuilder()
        .Add("organization", Organization)
        .Add("project", Project)
        .Add("name", RuleName)
        .Add("frequency", FrequencyMinutes)
        .Add("actionMatch", ActionMatch)
        .Add("filterMatch", Filters.Count == 0 ? null : FilterMatch.Expr)
        .Add("conditionsV2s", Conditions)
        .Add("filtersV2s", Filters.Count == 0 ? null : Filters)
        .Add("actionsV2s", Actions)
        .Build();
}
