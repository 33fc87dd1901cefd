using System.Collections.Immutable;
using Infra.Components;
using Infra.Providers.Sentry;
using Infra.Stacks.Settings.Catalog;

namespace Infra.Stacks.Settings;

/// <summary>Alert routing of a stack (<c>alerts.*</c>).</summary>
public sealed record AlertSettings(
    bool Page,
    string SlackWorkspace,
    AlertChannels Channels,
    ImmutableArray<string> Emails,
    ImmutableArray<string> SmsNumbers,
    bool Webhook,
    string? SlackTeamId,
    int SmsMonthlySpendLimit)
{
    /// <summary>The secret stack config key holding the alert webhook URL.</summary>
    public const string WebhookConfigKey = "alertWebhookUrl";

    /// <param name="sentry">Whether Sentry's rules post to Slack (<c>sentry.enabled</c>): its integration is then required.</param>
    /// <param name="awsTopics">Whether AWS Chatbot posts the stack's alarms to Slack.</param>
    public static AlertSettings Read(SettingsReader r, bool sentry = true, bool awsTopics = true)
    {
        var page = r.Bool(AlertKeys.Page);
        var slack = sentry || awsTopics;
        var settings = new AlertSettings(
            page,
            r.Text(AlertKeys.SlackWorkspace),
            new AlertChannels(
                Channel(r, AlertKeys.ChannelP0, AlertKeys.ChannelIdP0, needsId: slack && page),
                Channel(r, AlertKeys.ChannelP1, AlertKeys.ChannelIdP1, needsId: slack && page),
                Channel(r, AlertKeys.ChannelNewIssues, AlertKeys.ChannelIdNewIssues, needsId: sentry && page),
                Channel(r, AlertKeys.ChannelQuiet, AlertKeys.ChannelIdQuiet, needsId: slack && !page)),
            r.List(AlertKeys.Emails),
            r.List(AlertKeys.SmsNumbers),
            r.Bool(AlertKeys.Webhook),
            r.OptionalText(AlertKeys.SlackTeamId),
            (int)r.WholeNumber(AlertKeys.SmsMonthlySpendLimit));

        if (sentry && !r.Has(AlertKeys.SlackWorkspace))
        {
            r.Missing(AlertKeys.SlackWorkspace.Key, AlertKeys.SlackWorkspace.Rule.Text + " (Sentry's rules post to Slack; or sentry.enabled: false)");
        }

        if (settings.Webhook)
        {
            r.SecretKey(WebhookConfigKey, "the alert webhook (alerts.webhook: true)");
        }

        if (page && awsTopics && settings.Emails.IsEmpty)
        {
            r.Fail("alerts.emails", "no address given while alerts.page is true; expected at least one address to page");
        }

        return settings;
    }

    /// <summary>
    /// A channel's name (<c>alerts.channels.&lt;x&gt;</c>) and id (<c>alerts.channelIds.&lt;x&gt;</c>), the
    /// id required when the stack's rules post there: Sentry creates a rule with a Slack action at
    /// once only when it has the channel's id.
    /// </summary>
    private static SlackChannel Channel(SettingsReader r, Setting channel, Setting channelId, bool needsId)
    {
        var name = r.Text(channel);
        var id = r.OptionalText(channelId);
        if (needsId && id is null && !r.Has(channelId))
        {
            r.Missing(channelId.Key, $"{Allowed.SlackChannelIdText}: the id of {name}, where this stack's Sentry rules post");
        }

        return new SlackChannel(name, id);
    }

    /// <summary>
    /// AWS Chatbot posts the AWS alarm topics to Slack: where the stack has them (the <c>aws</c> backend
    /// with monitors or backups), it needs the Slack workspace's team id.
    /// </summary>
    public void RequireSlackTeam(SettingsReader r, bool awsAlarmTopics)
    {
        if (awsAlarmTopics && SlackTeamId is null && !r.Has(AlertKeys.SlackTeamId))
        {
            r.Missing(AlertKeys.SlackTeamId.Key, $"{Allowed.SlackTeamIdText}: AWS Chatbot posts the uptime and backup alarms to Slack with it (uptime.backend aws)");
        }
    }

    public bool Equals(AlertSettings? other) =>
        other is not null && Page == other.Page && SlackWorkspace == other.SlackWorkspace && Channels == other.Channels
        && Emails.SequenceEqual(other.Emails) && SmsNumbers.SequenceEqual(other.SmsNumbers) && Webhook == other.Webhook
        && SlackTeamId == other.SlackTeamId && SmsMonthlySpendLimit == other.SmsMonthlySpendLimit;

    public override int GetHashCode() => HashCode.Combine(Page, SlackWorkspace);
}
