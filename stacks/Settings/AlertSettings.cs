using System.Collections.Immutable;
using Infra.Components;

namespace Infra.Stacks.Settings;

/// <summary>Alert routing of a stack (<c>alerts.*</c>).</summary>
public sealed record AlertSettings(bool Page, string SlackWorkspace, AlertChannels Channels, ImmutableArray<string> Emails, ImmutableArray<string> SmsNumbers, bool Webhook)
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
                r.Text("alerts.channels.p0", "#incidents", Allowed.IsSlackChannel, Allowed.SlackChannelText),
                r.Text("alerts.channels.p1", "#alerts", Allowed.IsSlackChannel, Allowed.SlackChannelText),
                r.Text("alerts.channels.digest", "#alerts-digest", Allowed.IsSlackChannel, Allowed.SlackChannelText),
                r.Text("alerts.channels.quiet", "#alerts-" + stack, Allowed.IsSlackChannel, Allowed.SlackChannelText)),
            r.List("alerts.emails", [], Allowed.IsEmail, Allowed.EmailText, minCount: 0),
            r.List("alerts.smsNumbers", [], Allowed.IsPhoneNumber, Allowed.PhoneNumberText, minCount: 0),
            r.Bool("alerts.webhook", false));

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

    public bool Equals(AlertSettings? other) =>
        other is not null && Page == other.Page && SlackWorkspace == other.SlackWorkspace && Channels == other.Channels
        && Emails.SequenceEqual(other.Emails) && SmsNumbers.SequenceEqual(other.SmsNumbers) && Webhook == other.Webhook;

    public override int GetHashCode() => HashCode.Combine(Page, SlackWorkspace);
}
