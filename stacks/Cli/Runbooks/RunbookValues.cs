using System.Globalization;
using Infra.Stacks.Settings;

namespace Infra.Stacks.Cli.Runbooks;

/// <summary>
/// The names the runbooks cite, from a project's <c>prod</c> and <c>staging</c> settings: the same
/// names the program gives its resources, so a fork's runbooks name its own.
/// </summary>
public static class RunbookValues
{
    public static Dictionary<string, string> For(string project, StackSettings prod, StackSettings staging)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal) { ["project"] = project };
        // The Vercel team's slug is a setting of the stack whose previews need it (staging's vercel.scope).
        var scope = prod.Vercel.Scope ?? staging.Vercel.Scope ?? "<team>";
        Add(values, "prod", prod, scope);
        Add(values, "staging", staging, scope);
        return values;
    }

    private static void Add(Dictionary<string, string> values, string prefix, StackSettings s, string scope)
    {
        string Off(string component) => $"(none: {component} is off in {s.Stack})";

        // The check a runbook verifies with: the one that reaches the database, else the first.
        var health = s.Uptime.Checks.FirstOrDefault(c => c.Database) ?? s.Uptime.Checks.FirstOrDefault() ?? new Infra.Components.UptimeCheck("/");
        string Variable(Infra.Components.EnvVariableSpec spec) => s.Env.NameOf(spec) ?? $"(none: {spec.Key} is off in {s.Stack})";
        string Resource(Infra.Components.EnvVariableSpec spec) => s.Env.NameOf(spec) is { } name ? new Infra.Components.ComponentPath("vercel").Name("env-" + name) : Variable(spec);
        var generated = new[] { Infra.Components.EnvCatalog.NextAuthSecret, Infra.Components.EnvCatalog.SessionSecret, Infra.Components.EnvCatalog.CsrfSecret }
            .Select(spec => s.Env.NameOf(spec)).OfType<string>()
            .Concat(s.Env.Added.Where(a => a.Source == EnvSource.Generated).Select(a => a.Key))
            .Select(k => $"`{k}`").ToList();
        var entries = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["domain"] = s.Domain,
            ["vercelProject"] = s.Vercel.ProjectName,
            ["vercelScope"] = scope,
            ["neonProject"] = s.ExternalDatabase ? Off("database.provider neon") : s.Neon.ProjectName,
            ["neonRegion"] = s.Neon.Region,
            ["pgVersion"] = s.Neon.PgVersion.ToString(CultureInfo.InvariantCulture),
            ["neonRole"] = s.Neon.RoleName,
            ["neonDatabase"] = s.Neon.DatabaseName,
            ["backupBucket"] = s.Backups.Enabled ? s.Backups.BucketName : Off("backups.enabled"),
            ["heartbeatHours"] = s.Backups.HeartbeatHours.ToString(CultureInfo.InvariantCulture),
            ["alarmPrefix"] = s.App + "-" + s.Stack,
            ["p0Channel"] = s.Alerts.Channels.P0.Name,
            ["p1Channel"] = s.Alerts.Channels.P1.Name,
            ["newIssuesChannel"] = s.Alerts.Channels.NewIssues.Name,
            ["quietChannel"] = s.Alerts.Channels.Quiet.Name,
            ["p1EventsPerHour"] = s.Sentry.P1EventsPerHour.ToString(CultureInfo.InvariantCulture),
            ["errorFloorPerHour"] = s.Sentry.ErrorFloorPerHour.ToString(CultureInfo.InvariantCulture),
            ["slowP95Seconds"] = (s.Sentry.SlowP95Milliseconds / 1000.0).ToString("0.#", CultureInfo.InvariantCulture),
            ["slowWindowMinutes"] = s.Sentry.SlowWindowMinutes.ToString(CultureInfo.InvariantCulture),
            ["slowSeconds"] = s.Uptime.SlowSeconds.ToString(CultureInfo.InvariantCulture),
            ["tlsWarningDays"] = s.Uptime.TlsWarningDays.ToString(CultureInfo.InvariantCulture),
            ["healthUrl"] = "https://" + s.Domain + health.Path,
            ["healthAnswer"] = health.Keyword ?? "200 OK",
            ["databaseUrlName"] = Variable(Infra.Components.EnvCatalog.DatabaseUrl),
            ["directUrlName"] = Variable(Infra.Components.EnvCatalog.DirectUrl),
            ["databaseUrlResource"] = Resource(Infra.Components.EnvCatalog.DatabaseUrl),
            ["directUrlResource"] = Resource(Infra.Components.EnvCatalog.DirectUrl),
            ["generatedSecrets"] = generated.Count == 0 ? "none here" : string.Join(", ", generated),
        };
        foreach (var (key, value) in entries)
        {
            values[prefix + "." + key] = value;
        }
    }
}
