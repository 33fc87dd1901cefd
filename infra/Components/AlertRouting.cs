using System.Collections.Immutable;
using Infra.Expressions;
using Infra.Providers.Sentry;

namespace Infra.Components;

/// <summary>
/// Where alerts go. With <see cref="Page"/> (production) each class has its channel and the team
/// is emailed for the urgent ones; without it (staging, previews) everything goes to the quiet
/// channel and nobody is emailed or paged.
/// </summary>
/// <param name="Page">Whether alerts reach people (email, SMS) rather than only a quiet channel.</param>
/// <param name="SlackWorkspace">The name of the Sentry organization's Slack integration.</param>
/// <param name="Channels">The Slack channel of each class.</param>
/// <param name="Emails">Addresses for uptime and backup alarms.</param>
/// <param name="SmsNumbers">E.164 numbers paged for downtime in production.</param>
public sealed record AlertRouting(bool Page, string SlackWorkspace, AlertChannels Channels, ImmutableArray<string> Emails, ImmutableArray<string> SmsNumbers)
{
    /// <summary>An HTTPS webhook (a secret config reference) subscribed to uptime and backup alarms.</summary>
    public Ref? Webhook { get; init; }

    public SlackChannel SlackChannel(AlertClass alert) => !Page ? Channels.Quiet : alert switch
    {
        AlertClass.P0 or AlertClass.Downtime or AlertClass.BackupMissing => Channels.P0,
        AlertClass.NewIssues => Channels.NewIssues,
        _ => Channels.P1,
    };

    /// <summary>
    /// Whether the class emails people: only with paging, and not for warnings, the new-issue feed or
    /// the percent-change spike (whose floor, <see cref="AlertClass.ErrorVolume"/>, emails).
    /// </summary>
    public bool EmailsPeople(AlertClass alert) =>
        Page && alert is not (AlertClass.Slow or AlertClass.Warning or AlertClass.NewIssues or AlertClass.ErrorSpike);

    /// <summary>
    /// Whether the class pages by SMS or phone: production downtime. Sentry cannot send SMS, so a P0
    /// issue reaches phones only through the P0 Slack channel (docs/settings.md, <i>Nearest rules</i>).
    /// </summary>
    public bool Pages(AlertClass alert) => Page && alert is AlertClass.Downtime;

    public bool Equals(AlertRouting? other) =>
        other is not null && Page == other.Page && SlackWorkspace == other.SlackWorkspace && Channels == other.Channels
        && Emails.SequenceEqual(other.Emails) && SmsNumbers.SequenceEqual(other.SmsNumbers) && Equals(Webhook, other.Webhook);

    public override int GetHashCode() => HashCode.Combine(Page, SlackWorkspace, Channels);
}

/// <summary>Slack channels per severity, and the quiet channel of non-paging stacks.</summary>
public sealed record AlertChannels(SlackChannel P0, SlackChannel P1, SlackChannel NewIssues, SlackChannel Quiet);
