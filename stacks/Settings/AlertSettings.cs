using System.Collections.Immutable;
using Infra.Components;
using Infra.Providers.Sentry;

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

    public static AlertSettings Read(SettingsReader r, string stack, bool production)
    {
        var page = r.Bool("alerts.page", production);
        var settings = new AlertSettings(
            page,
            r.RequiredText("alerts.slackWorkspace", Allowed.IsIntegrationName, Allowed.IntegrationNameText),
            new AlertChannels(
                Channel(r, "p0", "#incidents", needsId: page),
                Channel(r, "p1", "#alerts", needsId: page),
                Channel(r, "newIssues", "#alerts-new-issues", needsId: page),
                Channel(r, "quiet", "#alerts-" + stack, needsId: !page)),
            r.List("alerts.emails", [], Allowed.IsEmail, Allowed.EmailText, minCount: 0),
            r.List("alerts.smsNumbers", [], Allowed.IsPhoneNumber, Allowed.PhoneNumberText, minCount: 0),
            r.Bool("alerts.webhook", false),
            r.OptionalText("alerts.slackTeamId", Allowed.IsSlackTeamId, Allowed.SlackTeamIdText),
            (int)r.WholeNumber("alerts.smsMonthlySpendLimit", 1, 1, 100_000, "a whole number of US dollars from 1 to 100000 (above 1, first raise the account's SMS spending quota with AWS)"));

        if (settings.Webhook)
        {
            r.SecretKey(WebhookConfigKey, "the alert webhook (alerts.webhook: true)");
        }

        if (page && settings.Emails.IsEmpty)
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
    private static SlackChannel Channel(SettingsReader r, string kind, string defaultName, bool needsId)
    {
        var name = r.Text("alerts.channels." + kind, defaultName, Allowed.IsSlackChannel, Allowed.SlackChannelText);
        var id = r.OptionalText("alerts.channelIds." + kind, Allowed.IsSlackChannelId, Allowed.SlackChannelIdText);
        if (needsId && id is null && !r.Has("alerts.channelIds." + kind))
        {
            r.Missing("alerts.channelIds." + kind, $"{Allowed.SlackChannelIdText}: the id of {name}, where this stack's Sentry rules post");
        }

        return new SlackChannel(name, id);
    }

    /// <summary>
    /// AWS Chatbot posts the AWS alarm topics to Slack: where the stack has them (the <c>aws</c> backend
    /// with monitors or backups), it needs the Slack workspace's team id.
    /// </summary>
    public void RequireSlackTeam(SettingsReader r, bool awsAlarmTopics)
    {
        if (awsAlarmTopics && SlackTeamId is null && !r.Has("alerts.slackTeamId"))
        {
            r.Missing("alerts.slackTeamId", $"{Allowed.SlackTeamIdText}: AWS Chatbot posts the uptime and backup alarms to Slack with it (uptime.backend aws)");
        }
    }

    public bool Equals(AlertSettings? other) =>
        other is not null && Page == other.Page && SlackWorkspace == other.SlackWorkspace && Channels == other.Channels
        && Emails.SequenceEqual(other.Emails) && SmsNumbers.SequenceEqual(other.SmsNumbers) && Webhook == other.Webhook
        && SlackTeamId == other.SlackTeamId && SmsMonthlySpendLimit == other.SmsMonthlySpendLimit;

    public override int GetHashCode() => HashCode.Combine(Page, SlackWorkspace);
}
