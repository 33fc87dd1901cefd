using Infra.Components;
using Infra.Stacks.Settings.Catalog;

namespace Infra.Stacks.Settings;

/// <summary>
/// Settings that do nothing under the options a stack chose (a component switched off, the other
/// monitoring backend): each one a stack sets anyway is an error naming why, never silently ignored.
/// </summary>
public static class SettingGates
{
    /// <summary>Each gated key (or key prefix, ending in '.') and why it does nothing, or null when it does something.</summary>
    private static readonly (string Key, Func<StackSettings, string?> Idle)[] Gates =
    [
        ("r2.", s => s.Cloudflare.R2Enabled ? null : "r2.enabled is false"),
        ("cloudflare.accountId", s => s.Cloudflare.R2Enabled ? null : "r2.enabled is false (the account is the buckets')"),
        ("cloudflare.zoneId", s => s.Cloudflare.R2Enabled || !s.Cloudflare.ExternalDns ? null : "r2.enabled is false and dns.provider is external"),
        ("dns.vercelTarget", s => s.Cloudflare.ExternalDns ? "dns.provider is external: the target is in the stack output dnsRecords, to set at your DNS host" : null),
        ("sentry.", s => s.Sentry.Enabled ? null : "sentry.enabled is false"),
        ("neon.", s => s.ExternalDatabase ? "database.provider is external" : null),
        ("uptime.checks", s => s.Uptime.Enabled ? null : "uptime.enabled is false"),
        ("uptime.awsRegions", s => !s.Uptime.Enabled ? "uptime.enabled is false" : s.Uptime.Backend == MonitorBackend.Aws ? null : "uptime.backend is betterstack"),
        ("uptime.slowSeconds", s => !s.Uptime.Enabled ? "uptime.enabled is false" : s.Uptime.Backend == MonitorBackend.Aws ? null : "uptime.backend is betterstack (Better Stack has no slow-but-up warning)"),
        ("uptime.betterStackRegions", s => !s.Uptime.Enabled ? "uptime.enabled is false" : s.Uptime.Backend == MonitorBackend.BetterStack ? null : "uptime.backend is aws"),
        ("uptime.requestTimeoutSeconds", s => !s.Uptime.Enabled ? "uptime.enabled is false" : s.Uptime.Backend == MonitorBackend.BetterStack ? null : "uptime.backend is aws"),
        ("uptime.tlsWarningDays", s => s.Uptime.Enabled ? null : "uptime.enabled is false"),
        ("backups.", s => s.Backups.Enabled ? null : "backups.enabled is false"),
        ("alerts.channels.", NoSlack),
        ("alerts.channelIds.", NoSlack),
        ("alerts.slackWorkspace", NoSlack),
        ("alerts.emails", s => AwsOnly(s) ?? Paging(s)),
        ("alerts.smsNumbers", s => AwsOnly(s) ?? Paging(s)),
        ("alerts.smsMonthlySpendLimit", s => AwsOnly(s) ?? Paging(s)),
        ("alerts.webhook", AwsOnly),
        ("alerts.slackTeamId", AwsOnly),
    ];

    /// <summary>The switches themselves always do something.</summary>
    private static readonly HashSet<string> Switches =
        [CloudflareKeys.R2Enabled.Key, SentryKeys.Enabled.Key, UptimeKeys.Enabled.Key, BackupKeys.Enabled.Key];

    public static void Check(SettingsReader r, StackSettings settings)
    {
        foreach (var setting in SettingsCatalog.In(SettingScope.App).Where(s => !Switches.Contains(s.Key) && r.Has(s) && !Reported(r, s)))
        {
            var gate = Gates.FirstOrDefault(g => g.Key.EndsWith('.') ? setting.Key.StartsWith(g.Key, StringComparison.Ordinal) : setting.Key == g.Key);
            if (gate.Idle?.Invoke(settings) is { } reason)
            {
                r.Fail(setting.Key, $"does nothing: {reason}; remove it");
            }
        }
    }

    /// <summary>Whether the setting already has a problem of its own: one line per key.</summary>
    private static bool Reported(SettingsReader r, Setting setting)
    {
        var key = r.Key(setting.Key);
        return r.Errors.Any(e => e.Location == key || e.Location.StartsWith(key + ".", StringComparison.Ordinal) || e.Location.StartsWith(key + "[", StringComparison.Ordinal));
    }

    /// <summary>Slack channels are Sentry's and AWS Chatbot's; Better Stack posts to its own Slack integrations.</summary>
    private static string? NoSlack(StackSettings s) =>
        s.Sentry.Enabled || (s.Uptime.Backend == MonitorBackend.Aws && (s.Uptime.Enabled || s.Backups.Enabled)) ? null
        : "nothing here posts to these channels (sentry.enabled is false and there are no AWS alarms; Better Stack posts to the Slack integrations set up in Better Stack)";

    /// <summary>People are emailed and texted only by a stack that pages (production by default).</summary>
    private static string? Paging(StackSettings s) =>
        s.Alerts.Page ? null : "alerts.page is false: this stack's alerts go to its quiet channel only";

    /// <summary>Emails, texts, the webhook and Chatbot's Slack team reach people through the AWS alarm topics only.</summary>
    private static string? AwsOnly(StackSettings s) =>
        s.Uptime.Backend != MonitorBackend.Aws ? "uptime.backend is betterstack, which notifies its own team members and on-call (set them in Better Stack)"
        : !(s.Uptime.Enabled || s.Backups.Enabled) ? "the stack has no AWS alarms (uptime.enabled and backups.enabled are false)"
        : null;
}
