using Infra.Expressions;

namespace Infra.Providers.Sentry;

/// <summary>An issue is seen for the first time.</summary>
public sealed record FirstSeenEvent : IssueAlertCondition
{
    protected override string Kind => "firstSeenEvent";
}

/// <summary>A resolved issue happens again.</summary>
public sealed record RegressionEvent : IssueAlertCondition
{
    protected override string Kind => "regressionEvent";
}

/// <summary>An archived (ignored) issue escalates: it changes from ignored to unresolved.</summary>
public sealed record ReappearedEvent : IssueAlertCondition
{
    protected override string Kind => "reappearedEvent";
}

/// <summary>
/// An issue is seen more than <paramref name="Count"/> times in <paramref name="Interval"/>
/// (<c>1m</c>, <c>5m</c>, <c>15m</c>, <c>1h</c>, <c>1d</c>, <c>1w</c>, <c>30d</c>).
/// </summary>
public sealed record EventFrequency(long Count, string Interval) : IssueAlertCondition
{
    protected override string Kind => "eventFrequency";

    protected override IEnumerable<(string Key, Expr Value)> Fields() =>
        [("comparisonType", "count"), ("interval", Interval), ("value", Count)];
}
