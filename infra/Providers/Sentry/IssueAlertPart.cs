using System.Globalization;
using Infra.Expressions;

namespace Infra.Providers.Sentry;

/// <summary>
/// A condition, filter or action of an issue alert, typed. The provider takes each as a map of
/// strings keyed by Sentry's rule ids, so numbers are written as text.
/// </summary>
public abstract record IssueAlertPart : IInputObject
{
    /// <summary>Sentry's id of the rule class.</summary>
    protected abstract string RuleId { get; }

    protected virtual IEnumerable<(string Key, Expr Value)> Fields() => [];

    public ObjectExpr ToExpr() => ObjectExpr.From([("id", RuleId), .. Fields()]);

    protected static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>An issue is seen for the first time.</summary>
public sealed record FirstSeenEvent : IssueAlertPart
{
    protected override string RuleId => "sentry.rules.conditions.first_seen_event.FirstSeenEventCondition";
}

/// <summary>A resolved issue happens again.</summary>
public sealed record RegressionEvent : IssueAlertPart
{
    protected override string RuleId => "sentry.rules.conditions.regression_event.RegressionEventCondition";
}

/// <summary>An issue is seen more than <paramref name="Count"/> times in <paramref name="Interval"/> (<c>1m</c>, <c>5m</c>, <c>15m</c>, <c>1h</c>, <c>1d</c>, <c>1w</c>, <c>30d</c>).</summary>
public sealed record EventFrequency(long Count, string Interval) : IssueAlertPart
{
    protected override string RuleId => "sentry.rules.conditions.event_frequency.EventFrequencyCondition";

    protected override IEnumerable<(string Key, Expr Value)> Fields() =>
        [("value", Text(Count)), ("interval", Interval), ("comparisonType", "count")];
}

/// <summary>The event's level compared with <paramref name="Level"/>.</summary>
public sealed record LevelFilter(SentryLevel Level, LevelMatch Match) : IssueAlertPart
{
    protected override string RuleId => "sentry.rules.filters.level.LevelFilter";

    protected override IEnumerable<(string Key, Expr Value)> Fields() =>
        [("level", Text((long)Level)), ("match", Match switch { LevelMatch.Equal => "eq", LevelMatch.AtLeast => "gte", _ => "lte" })];
}

/// <summary>The event carries tag <paramref name="Key"/> equal to <paramref name="Value"/>.</summary>
public sealed record TaggedEventFilter(string Key, string Value) : IssueAlertPart
{
    protected override string RuleId => "sentry.rules.filters.tagged_event.TaggedEventFilter";

    protected override IEnumerable<(string Key, Expr Value)> Fields() => [("key", Key), ("match", "eq"), ("value", Value)];
}

/// <summary>Post to a Slack channel through the organization's Slack integration (<paramref name="Workspace"/> is its id).</summary>
public sealed record SlackNotify(Input<string> Workspace, string Channel) : IssueAlertPart
{
    protected override string RuleId => "sentry.integrations.slack.notify_action.SlackNotifyServiceAction";

    protected override IEnumerable<(string Key, Expr Value)> Fields() =>
        [("workspace", Workspace.Expr), ("channel", Channel), ("tags", "environment,level")];
}

/// <summary>Email the members of a team (<paramref name="TeamId"/> is the team's numeric id).</summary>
public sealed record NotifyTeamEmail(Input<string> TeamId) : IssueAlertPart
{
    protected override string RuleId => "sentry.mail.actions.NotifyEmailAction";

    protected override IEnumerable<(string Key, Expr Value)> Fields() =>
        [("targetType", "Team"), ("targetIdentifier", TeamId.Expr), ("fallthroughType", "ActiveMembers")];
}
