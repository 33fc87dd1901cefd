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
    /// <summary>An HTTPS webhook (a secret config reference) subscribed to uptime and backup alarms; it must confirm SNS subscriptions itself.</summary>
    public Ref? Webhook { get; init; }

    /// <summary>The Slack workspace (team) id AWS Chatbot posts to; required where AWS alarm topics exist.</summary>
    public string? SlackTeamId { get; init; }

    /// <summary>The account's monthly SMS budget in USD (SNS stops texting past it).</summary>
    public int SmsMonthlySpendLimit { get; init; } = 1;

    public SlackChannel SlackChannel(AlertClass alert) => Channels.Get(ChannelKind(alert));

    /// <summary>Which of <see cref="Channels"/> the class posts to: <c>p0</c>, <c>p1</c>, <c>newIssues</c> or <c>quiet</c>.</summary>
    public string ChannelKind(AlertClass alert) => !Page ? "quiet" : alert switch
    {
        AlertClass.P0 or AlertClass.Downtime => "p0",
        AlertClass.NewIssues => "newIssues",
        _ => "p1",
    };

    /// <summary>
    /// Whether the class emails people: only with paging, and not for Sentry's slow rule, the new-issue
    /// feed or the percent-change spike (whose floor, <see cref="AlertClass.ErrorVolume"/>, emails).
    /// Uptime and backup warnings email (slow, certificate expiry, backup failure: email and Slack).
    /// </summary>
    public bool EmailsPeople(AlertClass alert) =>
        Page && alert is not (AlertClass.Slow or AlertClass.NewIssues or AlertClass.ErrorSpike);

    /// <summary>
    /// Whether the class pages by SMS or phone: production downtime. Sentry cannot send SMS, so a P0
    /// issue reaches phones only through the P0 Slack channel (docs/settings.md, <i>Nearest rules</i>).
    /// </summary>
    public bool Pages(AlertClass alert) => Page && alert is AlertClass.Downtime;

    public bool Equals(AlertRouting? other) =>
        other is not null && Page == other.Page && SlackWorkspace == other.SlackWorkspace && Channels == other.Channels
        && Emails.SequenceEqual(other.Emails) && SmsNumbers.SequenceEqual(other.SmsNumbers) && Equals(Webhook, other.Webhook)
        && SlackTeamId == other.SlackTeamId && SmsMonthlySpendLimit == other.SmsMonthlySpendLimit;

    public override int GetHashCode() => HashCode.Combine(Page, SlackWorkspace, Channels);
}

/// <summary>Slack channels per severity, and the quiet channel of non-paging stacks.</summary>
public sealed record AlertChannels(SlackChannel P0, SlackChannel P1, SlackChannel NewIssues, SlackChannel Quiet)
{
    /// <summary>The channel of a kind named by <see cref="AlertRouting.ChannelKind"/>.</summary>
    public SlackChannel Get(string kind) => kind switch
    {
        "p0" => P0,
        "p1" => P1,
        "newIssues" => NewIssues,
        "quiet" => Quiet,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "no such channel"),
    };
}
