using System.Collections.Immutable;
using Infra.Components;
using Infra.Stacks.Settings.Catalog;

namespace Infra.Stacks.Settings;

/// <summary>Uptime monitoring of a stack (<c>uptime.*</c>).</summary>
public sealed record UptimeSettings(
    bool Enabled,
    MonitorBackend Backend,
    ImmutableArray<UptimeCheck> Checks,
    ImmutableArray<string> AwsRegions,
    ImmutableArray<string> BetterStackRegions,
    int SlowSeconds,
    int RequestTimeoutSeconds,
    int TlsWarningDays)
{
    /// <summary>The keyword of the database check: <c>"healthy"</c> with its quotes, which <c>"unhealthy"</c> does not contain.</summary>
    public const string HealthyKeyword = "\"healthy\"";

    public static ImmutableArray<UptimeCheck> DefaultChecks { get; } =
        [new("/"), new("/login"), new("/api/health/db", HealthyKeyword, Database: true), new("/courses", Database: true)];

    private static readonly OrderedDictionary<string, MonitorBackend> Backends = new(StringComparer.Ordinal)
    {
        ["aws"] = MonitorBackend.Aws,
        ["betterstack"] = MonitorBackend.BetterStack,
    };

    public static UptimeSettings Read(SettingsReader r) => new(
        r.Bool(UptimeKeys.Enabled),
        r.Choice(UptimeKeys.Backend, Backends),
        ReadChecks(r),
        r.List(UptimeKeys.AwsRegions),
        r.List(UptimeKeys.BetterStackRegions),
        (int)r.WholeNumber(UptimeKeys.SlowSeconds),
        (int)r.WholeNumber(UptimeKeys.RequestTimeoutSeconds),
        (int)r.WholeNumber(UptimeKeys.TlsWarningDays));

    /// <summary>A list of <c>{path, keyword}</c> objects, or of paths.</summary>
    private static ImmutableArray<UptimeCheck> ReadChecks(SettingsReader r)
    {
        var path = UptimeKeys.Checks.Key;
        const string allowed = UptimeKeys.ChecksText;
        var node = r.Raw(UptimeKeys.Checks);
        if (node is null)
        {
            return DefaultChecks;
        }

        if (node is not ConfigList list || list.Items.IsEmpty)
        {
            r.Invalid(path, SettingsReader.Describe(node), allowed);
            return DefaultChecks;
        }

        var checks = ImmutableArray.CreateBuilder<UptimeCheck>();
        for (var i = 0; i < list.Items.Length; i++)
        {
            var itemPath = $"{path}[{i}]";
            switch (list.Items[i])
            {
                case ConfigScalar { Secure: false } s when Allowed.IsUrlPath(s.Text):
                    checks.Add(new UptimeCheck(s.Text));
                    break;
                case ConfigMap m when m.Entries.Keys.All(k => k is "path" or "keyword" or "database")
                    && m.Entries.GetValueOrDefault("path") is ConfigScalar { Secure: false } p && Allowed.IsUrlPath(p.Text)
                    && m.Entries.GetValueOrDefault("keyword") is null or ConfigScalar { Secure: false, Text.Length: > 0 and <= 255 }
                    && m.Entries.GetValueOrDefault("database") is null or ConfigScalar { Secure: false, Text: "true" or "false" }:
                    checks.Add(new UptimeCheck(
                        p.Text,
                        (m.Entries.GetValueOrDefault("keyword") as ConfigScalar)?.Text,
                        (m.Entries.GetValueOrDefault("database") as ConfigScalar)?.Text == "true"));
                    break;
                default:
                    r.Invalid(itemPath, SettingsReader.Describe(list.Items[i]), allowed);
                    break;
            }
        }

        var duplicates = checks.GroupBy(c => c.Name, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        foreach (var name in duplicates)
        {
            r.Fail(path, $"two checks share the name '{name}'; expected distinct paths");
        }

        return checks.ToImmutable();
    }

    public bool Equals(UptimeSettings? other) =>
        other is not null && Enabled == other.Enabled && Backend == other.Backend && Checks.SequenceEqual(other.Checks)
        && AwsRegions.SequenceEqual(other.AwsRegions) && BetterStackRegions.SequenceEqual(other.BetterStackRegions)
        && SlowSeconds == other.SlowSeconds && RequestTimeoutSeconds == other.RequestTimeoutSeconds && TlsWarningDays == other.TlsWarningDays;

    public override int GetHashCode() => HashCode.Combine(Enabled, Backend, Checks.Length);
}
