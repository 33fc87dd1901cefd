using Infra.Expressions;

namespace Infra.Providers.Sentry;

/// <summary>
/// A condition, filter or action of an issue alert, typed: one element of the provider's
/// <c>conditionsV2s</c>, <c>filtersV2s</c> or <c>actionsV2s</c>, an object with exactly one key, the
/// kind, holding the kind's fields (jianyuan/sentry v0.15.4 internal/provider/resource_issue_alert.go,
/// <c>WithMutuallyExclusiveValidator</c>). Values are native numbers and the provider's enum names.
/// </summary>
public abstract record IssueAlertPart : IInputObject
{
    /// <summary>The key of the element (<c>firstSeenEvent</c>, <c>level</c>, <c>slackNotifyService</c>).</summary>
    protected abstract string Kind { get; }

    protected virtual IEnumerable<(string Key, Expr Value)> Fields() => [];

    public ObjectExpr ToExpr() => ObjectExpr.From((Kind, ObjectExpr.From([.. Fields()])));
}

/// <summary>What makes an issue alert consider an event (<c>conditionsV2s</c>).</summary>
public abstract record IssueAlertCondition : IssueAlertPart;

/// <summary>What an event must also match (<c>filtersV2s</c>).</summary>
public abstract record IssueAlertFilter : IssueAlertPart;

/// <summary>Where an issue alert sends (<c>actionsV2s</c>).</summary>
public abstract record IssueAlertAction : IssueAlertPart;
