using Infra.Expressions;

namespace Infra.Providers.Aws;

/// <summary>
/// One entry of a metric alarm's <c>metricQueries</c>: a metric (<see cref="Metric"/>) or a math
/// <see cref="Expression"/> over the other entries' ids; exactly one entry returns data.
/// </summary>
public sealed record MetricAlarmQuery(string Id) : IInputObject
{
    public MetricAlarmQueryMetric? Metric { get; init; }

    /// <summary>Metric math, such as <c>FILL(m1, 0)</c>.</summary>
    public string? Expression { get; init; }

    public string? Label { get; init; }

    /// <summary>Whether the alarm evaluates this entry.</summary>
    public bool ReturnData { get; init; }

    public ObjectExpr ToExpr() => new ObjectBuilder()
        .Add("id", (Expr)Id)
        .Add("metric", Metric)
        .Add("expression", Expression is null ? null : (Expr)Expression)
        .Add("label", Label is null ? null : (Expr)Label)
        .Add("returnData", (Expr)ReturnData)
        .Build();
}

/// <summary>The metric of a <see cref="MetricAlarmQuery"/>: namespace, name, dimensions, statistic and period.</summary>
public sealed record MetricAlarmQueryMetric(string Namespace, string MetricName, IReadOnlyDictionary<string, Input<string>> Dimensions, string Stat, long PeriodSeconds) : IInputObject
{
    public ObjectExpr ToExpr() => new ObjectBuilder()
        .Add("namespace", (Expr)Namespace)
        .Add("metricName", (Expr)MetricName)
        .Add("dimensions", AwsTags.ToExpr(Dimensions))
        .Add("stat", (Expr)Stat)
        .Add("period", (Expr)PeriodSeconds)
        .Build();
}
