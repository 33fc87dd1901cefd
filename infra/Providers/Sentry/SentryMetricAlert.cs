using Infra.Expressions;
using Infra.Model;

namespace Infra.Providers.Sentry;

/// <summary>
/// <c>sentry:index/metricAlert:MetricAlert</c>: an alert on an aggregate over a time window, or, with
/// <see cref="ComparisonDeltaMinutes"/>, on its percent change against the same window that long ago.
/// No environment filter (see <see cref="SentryIssueAlert"/>).
/// </summary>
public sealed record SentryMetricAlert(string Name, Input<string> Organization, Input<string> Project, Input<string> RuleName) : Resource(Name), ISummarized
{
    public override string Type => "sentry:index/metricAlert:MetricAlert";

    /// <summary><c>count()</c>, <c>p95(span.duration)</c>, ...</summary>
    public required Input<string> Aggregate { get; init; }

    public required Input<string> Query { get; init; }

    /// <summary><c>events</c> (errors) or <c>events_analytics_platform</c> (spans).</summary>
    public required Input<string> Dataset { get; init; }

    /// <summary>
    /// The event types the rule counts (<c>error</c>, <c>trace_item_span</c>). Always set: the provider
    /// stores what the API echoes and the attribute is not computed (jianyuan/sentry v0.15.4
    /// sentry/resource_sentry_metric_alert.go), so leaving it out would show a change on every preview.
    /// </summary>
    public required IReadOnlyList<Input<string>> EventTypes { get; init; }

    /// <summary>The window in minutes.</summary>
    public required Input<double> TimeWindowMinutes { get; init; }

    /// <summary>
    /// Compare with the window this many minutes earlier (Sentry stores 5, 15, 60, 1440, 10080, 43200);
    /// the thresholds are then percent increases (900 is ten times).
    /// </summary>
    public Input<double>? ComparisonDeltaMinutes { get; init; }

    /// <summary>0: above the threshold; 1: below.</summary>
    public Input<long> ThresholdType { get; init; } = 0;

    public required IReadOnlyList<MetricAlertTrigger> Triggers { get; init; }

    public IReadOnlyList<string> SummaryKeys { get; } = ["name", "aggregate", "timeWindow", "comparisonDelta"];

    public override ObjectExpr Inputs() => new ObjectBuilder()
        .Add("organization", Organization)
        .Add("project", Project)
        .Add("name", RuleName)
        .Add("aggregate", Aggregate)
        .Add("query", Query)
        .Add("dataset", Dataset)
        .Add("eventTypes", EventTypes)
        .Add("timeWindow", TimeWindowMinutes)
        .Add("comparisonDelta", ComparisonDeltaMinutes)
        .Add("thresholdType", ThresholdType)
        .Add("triggers", Triggers)
        .Build();
}
