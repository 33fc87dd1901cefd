using Infra.Expressions;
using Infra.Model;

namespace Infra.Providers.Aws;

/// <summary>
/// <c>aws:cloudwatch/metricAlarm:MetricAlarm</c>: an alarm on one metric (namespace, name, statistic,
/// period) or on a metric math expression (<see cref="MetricQueries"/>, without those four).
/// </summary>
public sealed record CloudWatchMetricAlarm(string Name) : Resource(Name), ISummarized
{
    public override string Type => "aws:cloudwatch/metricAlarm:MetricAlarm";

    public Input<string>? AlarmName { get; init; }

    public Input<string>? AlarmDescription { get; init; }

    /// <summary>The alarm's region; it must be the region of the metric and of its SNS topics.</summary>
    public Input<string>? Region { get; init; }

    public Input<string>? Namespace { get; init; }

    public Input<string>? MetricName { get; init; }

    public IReadOnlyDictionary<string, Input<string>>? Dimensions { get; init; }

    public Input<string>? Statistic { get; init; }

    public Input<long>? PeriodSeconds { get; init; }

    public required Input<long> EvaluationPeriods { get; init; }

    public Input<long>? DatapointsToAlarm { get; init; }

    public required Input<double> Threshold { get; init; }

    public required Input<string> ComparisonOperator { get; init; }

    /// <summary><c>missing</c>, <c>ignore</c>, <c>breaching</c> or <c>notBreaching</c>.</summary>
    public Input<string>? TreatMissingData { get; init; }

    public IReadOnlyList<Input<string>>? AlarmActions { get; init; }

    public IReadOnlyList<Input<string>>? OkActions { get; init; }

    /// <summary>Topics notified when the alarm enters INSUFFICIENT_DATA.</summary>
    public IReadOnlyList<Input<string>>? InsufficientDataActions { get; init; }

    /// <summary>The metrics and the expression the alarm evaluates (the one with <c>returnData</c>).</summary>
    public IReadOnlyList<MetricAlarmQuery>? MetricQueries { get; init; }

    /// <summary>The alarm's name (what a composite alarm's rule names).</summary>
    public Output<string> AlarmNameOutput => Output<string>("name");

    public IReadOnlyList<string> SummaryKeys { get; } = ["metricName", "comparisonOperator", "threshold", "region"];

    public override ObjectExpr Inputs() => new ObjectBuilder()
        .Add("name", AlarmName)
        .Add("alarmDescription", AlarmDescription)
        .Add("region", Region)
        .Add("namespace", Namespace)
        .Add("metricName", MetricName)
        .Add("dimensions", AwsTags.ToExpr(Dimensions))
        .Add("statistic", Statistic)
        .Add("period", PeriodSeconds)
        .Add("evaluationPeriods", EvaluationPeriods)
        .Add("datapointsToAlarm", DatapointsToAlarm)
        .Add("threshold", Threshold)
        .Add("comparisonOperator", ComparisonOperator)
        .Add("treatMissingData", TreatMissingData)
        .Add("alarmActions", AlarmActions)
        .Add("okActions", OkActions)
        .Add("insufficientDataActions", InsufficientDataActions)
        .Add("metricQueries", MetricQueries)
        .Build();
}
