using Infra.Expressions;
using Infra.Model;

namespace Infra.Providers.Sentry;

/// <summary><c>sentry:index/sentryMetricAlert:SentryMetricAlert</c>: an alert on an aggregate over a time window.</summary>
public sealed record SentryMetricAlert(string Name, Input<string> Organization, Input<string> Project, Input<string> RuleName) : Resource(Name), ISummarized
{
    public override string Type => "sentry:index/sentryMetricAlert:SentryMetricAlert";

    /// <summary><c>count()</c>, <c>p95(transaction.duration)</c>, ...</summary>
    public required Input<string> Aggregate { get; init; }

    public required Input<string> Query { get; init; }

    /// <summary><c>events</c> (errors) or <c>transactions</c>.</summary>
    public Input<string>? Dataset { get; init; }

    public Input<string>? Environment { get; init; }

    /// <summary>The window in minutes.</summary>
    public required Input<double> TimeWindowMinutes { get; init; }

    /// <summary>0: above the threshold; 1: below.</summary>
    public Input<long> ThresholdType { get; init; } = 0;

    public required IReadOnlyList<MetricAlertTrigger> Triggers { get; init; }

    public IReadOnlyList<string> SummaryKeys { get; } = ["name", "aggregate", "timeWindow", "environment"];

    public override ObjectExpr Inputs() => new ObjectBuilder()
        .Add("organization", Organization)
        .Add("project", Project)
        .Add("name", RuleName)
        .Add("aggregate", Aggregate)
        .Add("query", Query)
        .Add("dataset", Dataset)
        .Add("environment", Environment)
        .Add("timeWindow", TimeWindowMinutes)
        .Add("thresholdType", ThresholdType)
        .Add("triggers", Triggers)
        .Build();
}

/// <summary>A trigger: a label (<c>critical</c>, <c>warning</c>), a threshold and where to send it.</summary>
public sealed record MetricAlertTrigger(Input<string> Label, Input<double> AlertThreshold, IReadOnlyList<MetricAlertAction> Actions) : IInputObject
{
    public Input<long> ThresholdType { get; init; } = 0;

    public ObjectExpr ToExpr() => new ObjectBuilder()
        .Add("label", Label)
        .Add("alertThreshold", AlertThreshold)
        .Add("thresholdType", ThresholdType)
        .Add("actions", Actions)
        .Build();
}

/// <summary>A trigger action: Slack through an integration, or email to a team.</summary>
public sealed record MetricAlertAction(Input<string> ActionType, Input<string> TargetType, Input<string> TargetIdentifier) : IInputObject
{
    /// <summary>The integration's numeric id (Slack actions).</summary>
    public Input<long>? IntegrationId { get; init; }

    public static MetricAlertAction Slack(Input<long> integrationId, string channel) =>
        new("slack", "specific", channel) { IntegrationId = integrationId };

    public static MetricAlertAction TeamEmail(Input<string> teamId) => new("email", "team", teamId);

    public ObjectExpr ToExpr() => new ObjectBuilder()
        .Add("type", ActionType)
        .Add("targetType", TargetType)
        .Add("targetIdentifier", TargetIdentifier)
        .Add("integrationId", IntegrationId)
        .Build();
}
