using Infra.Expressions;
using Infra.Model;

namespace Infra.Providers.Sentry;

/// <summary>
/// <c>sentry:index/sentryIssueAlert:SentryIssueAlert</c>. Conditions, filters and actions are
/// typed here (<see cref="IssueAlertPart"/>) and become the string maps the provider wants.
/// </summary>
public sealed record SentryIssueAlert(string Name, Input<string> Organization, Input<string> Project, Input<string> RuleName) : Resource(Name), ISummarized
{
    public override string Type => "sentry:index/sentryIssueAlert:SentryIssueAlert";

    public Input<string>? Environment { get; init; }

    /// <summary>How often, in minutes, the rule may fire for one issue.</summary>
    public required Input<long> FrequencyMinutes { get; init; }

    public required IReadOnlyList<IssueAlertPart> Conditions { get; init; }

    public IReadOnlyList<IssueAlertPart> Filters { get; init; } = [];

    public required IReadOnlyList<IssueAlertPart> Actions { get; init; }

    /// <summary><c>any</c> or <c>all</c> of the conditions.</summary>
    public Input<string> ActionMatch { get; init; } = "any";

    /// <summary><c>any</c>, <c>all</c> or <c>none</c> of the filters.</summary>
    public Input<string> FilterMatch { get; init; } = "all";

    public IReadOnlyList<string> SummaryKeys { get; } = ["name", "environment", "frequency"];

    public override ObjectExpr Inputs() => new ObjectBuilder()
        .Add("organization", Organization)
        .Add("project", Project)
        .Add("name", RuleName)
        .Add("environment", Environment)
        .Add("frequency", FrequencyMinutes)
        .Add("actionMatch", ActionMatch)
        .Add("filterMatch", FilterMatch)
        .Add("conditions", Conditions)
        .Add("filters", Filters.Count == 0 ? null : Filters)
        .Add("actions", Actions)
        .Build();
}
