namespace Infra.Stacks.Settings.Catalog;

/// <summary>Alert routing (<c>alerts.*</c>).</summary>
public static class AlertKeys
{
    public static Setting Page { get; } = new("alerts.page", SettingKind.Boolean, Rules.Boolean,
        "whether alerts reach people (email, SMS, phone); without it everything goes to the quiet channel")
    {
        Default = "true",
        StagingDefault = "false",
    };

    public static Setting SlackWorkspace { get; } = new("alerts.slackWorkspace", SettingKind.Text, Rules.Check(Allowed.IsIntegrationName, Allowed.IntegrationNameText),
        "the name of the Sentry organization's Slack integration")
    {
        DefaultDoc = "none; **required** with `sentry.enabled`",
        Example = "example",
    };

    public static Setting ChannelP0 { get; } = Channel("p0", "#incidents", "a Slack channel: P0, downtime");

    public static Setting ChannelP1 { get; } = Channel("p1", "#alerts", "P1, error spike and volume, slow, and the AWS warnings (slow pages, certificate, backups)");

    public static Setting ChannelNewIssues { get; } = Channel("newIssues", "#alerts-new-issues", "the P2/P3 new-issue feed");

    public static Setting ChannelQuiet { get; } = Channel("quiet", "#alerts-{stack}", "every alert of a stack without `alerts.page`");

    public static Setting ChannelIdP0 { get; } = ChannelId("p0", "with `alerts.page`",
        "the Slack id of `alerts.channels.p0` (`C0123ABCD`: the channel's details in Slack, *Channel ID*). Sentry creates a rule with a Slack action at once only with the id; without it it answers 202 and the provider fails the create. The Sentry bot must be in private channels");

    public static Setting ChannelIdP1 { get; } = ChannelId("p1", "with `alerts.page`", "the id of `alerts.channels.p1`");

    public static Setting ChannelIdNewIssues { get; } = ChannelId("newIssues", "with `alerts.page`", "the id of `alerts.channels.newIssues`");

    public static Setting ChannelIdQuiet { get; } = ChannelId("quiet", "without `alerts.page`", "the id of `alerts.channels.quiet`");

    public static Setting SlackTeamId { get; } = new("alerts.slackTeamId", SettingKind.Text, Rules.Like(Allowed.SlackTeamIdRegex, Allowed.SlackTeamIdText),
        "the Slack workspace id (`T0123ABCD`) AWS Chatbot posts the uptime and backup alarms with, to the channel ids above (P0: downtime; P1: warnings; without `alerts.page` both to the quiet channel). Authorize the workspace once in the AWS Chatbot console first (docs/verify-on-first-run.md); invite `@aws` to private channels")
    {
        DefaultDoc = "none; **required** with `uptime.backend: aws` (and monitors or backups)",
        Example = "T0EXAMPLE0",
    };

    public static Setting Emails { get; } = new("alerts.emails", SettingKind.List, Rules.Like(Allowed.EmailRegex, Allowed.EmailText),
        "email addresses for uptime and backup alarms; at least one when `alerts.page` is true")
    {
        Default = "",
    };

    public static Setting SmsNumbers { get; } = new("alerts.smsNumbers", SettingKind.List, Rules.Like(Allowed.PhoneRegex, Allowed.PhoneNumberText),
        "E.164 numbers (`+14155550100`) texted once when an outage starts (AWS backend, with `alerts.page`; no text on recovery). The stack also owns the account's SNS SMS settings in us-east-1 (transactional, `alerts.smsMonthlySpendLimit`, delivery logs): set numbers in one stack per AWS account. Texts are delivered only once the account has left the SMS sandbox (docs/verify-on-first-run.md)")
    {
        Default = "",
    };

    public static Setting SmsMonthlySpendLimit { get; } = new("alerts.smsMonthlySpendLimit", SettingKind.WholeNumber,
        Rules.Between(1, 100_000, "a whole number of US dollars from 1 to 100000 (above 1, first raise the account's SMS spending quota with AWS)"),
        "US dollars of SMS a month; SNS stops texting past it. A new account's quota is USD 1: raise it with AWS first (docs/verify-on-first-run.md), then set this")
    {
        Default = "1",
    };

    public static Setting Webhook { get; } = new("alerts.webhook", SettingKind.Boolean, Rules.Boolean,
        "subscribe an HTTPS webhook to the AWS alarm and warning topics; its URL is the secret config key `alertWebhookUrl`. It must be a receiver that confirms SNS subscriptions itself (PagerDuty, Opsgenie, incident.io): `pulumi up` waits 5 minutes for the confirmation and fails without it. Not a Slack incoming webhook: Slack goes through AWS Chatbot (`alerts.slackTeamId`)")
    {
        Default = "false",
    };

    public static IReadOnlyList<Setting> All { get; } =
        [Page, SlackWorkspace, ChannelP0, ChannelP1, ChannelNewIssues, ChannelQuiet, ChannelIdP0, ChannelIdP1, ChannelIdNewIssues, ChannelIdQuiet, SlackTeamId, Emails, SmsNumbers, SmsMonthlySpendLimit, Webhook];

    private static Setting Channel(string kind, string fallback, string doc) =>
        new("alerts.channels." + kind, SettingKind.Text, Rules.Like(Allowed.SlackChannelRegex, Allowed.SlackChannelText), doc) { Default = fallback };

    private static Setting ChannelId(string kind, string when, string doc) =>
        new("alerts.channelIds." + kind, SettingKind.Text, Rules.Like(Allowed.SlackChannelIdRegex, Allowed.SlackChannelIdText), doc)
        {
            DefaultDoc = "none; **required** " + when,
            Example = "C0123ABCD0",
        };
}
