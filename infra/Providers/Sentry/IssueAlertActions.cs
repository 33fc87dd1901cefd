using Infra.Expressions;

namespace Infra.Providers.Sentry;

/// <summary>
/// Post to a Slack channel through the organization's Slack integration (<paramref name="Workspace"/>
/// is its id). The channel id makes Sentry create the rule at once: without it Sentry looks the
/// channel up asynchronously and answers 202, which the provider treats as a failed create
/// (jianyuan/sentry v0.15.4 internal/provider/resource_issue_alert.go, <c>Create</c>).
/// </summary>
public sealed record SlackNotify(Input<string> Workspace, SlackChannel Channel) : IssueAlertAction
{
    protected override string Kind => "slackNotifyService";

    protected override IEnumerable<(string Key, Expr Value)> Fields() =>
        Channel.Id is { } id
            ? [("workspace", Workspace.Expr), ("channel", Channel.Name), ("channelId", id), ("tags", ListExpr.Of("environment", "level"))]
            : [("workspace", Workspace.Expr), ("channel", Channel.Name), ("tags", ListExpr.Of("environment", "level"))];
}

/// <summary>Email the members of a team (<paramref name="TeamId"/> is the team's numeric id).</summary>
public sealed record NotifyTeamEmail(Input<string> TeamId) : IssueAlertAction
{
    protected override string Kind => "notifyEmail";

    protected override IEnumerable<(string Key, Expr Value)> Fields() =>
        [("targetType", "Team"), ("targetIdentifier", TeamId.Expr), ("fallthroughType", "ActiveMembers")];
}
