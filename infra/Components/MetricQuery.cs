namespace Infra.Components;

/// <summary>What a metric alert measures: an aggregate of a dataset's events matching a query, over a window.</summary>
internal sealed record MetricQuery(string Aggregate, string Query, string Dataset, string EventType, int WindowMinutes)
{
    /// <summary>Compare with the window this many minutes earlier; null for an absolute threshold.</summary>
    public int? ComparisonDeltaMinutes { get; init; }
}
