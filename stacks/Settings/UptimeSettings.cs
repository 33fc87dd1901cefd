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
            r.Fail(path, SettingsReader.Problem(node, allowed, emptyFix: "give a list, or remove the key for the default checks"));
            return DefaultChecks;
        }

        var checks = ImmutableArray.CreateBuilder<UptimeCheck>();
        for (var i = 0; i < list.Items.Length; i++)
        {
            var itemPath = $"{path}[{i}]";
            var (check, problem) = ReadCheck(list.Items[i]);
            if (check is not null)
            {
                checks.Add(check);
            }
            else
            {
                r.Fail(itemPath, problem!);
            }
        }

        var duplicates = checks.GroupBy(c => c.Name, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        foreach (var name in duplicates)
        {
            r.Fail(path, $"two checks share the name '{name}'; expected distinct paths");
        }

        return checks.ToImmutable();
    }

    /// <summary>The keys of a check object, as messages list them.</summary>
    private const string CheckKeysText = "a check's keys are path (required), keyword, database";

    private const string PathText = "a URL path starting with '/', such as /api/health";

    private const string KeywordText = "text of 1 to 255 characters the response must contain";

    /// <summary>One item of <c>uptime.checks</c>: a path, or an object; else what is wrong with it, naming the key.</summary>
    private static (UptimeCheck? Check, string? Problem) ReadCheck(ConfigNode item)
    {
        switch (item)
        {
            case ConfigScalar { Secure: false } s when Allowed.IsUrlPath(s.Text):
                return (new UptimeCheck(s.Text), null);
            case ConfigMap m:
                return ReadCheckObject(m);
            default:
                return (null, SettingsReader.Problem(item, $"{PathText}, or an object {{path: /api/health, keyword: ok, database: true}}"));
        }
    }

    private static (UptimeCheck? Check, string? Problem) ReadCheckObject(ConfigMap m)
    {
        var unknown = m.Entries.Keys.Where(k => k is not ("path" or "keyword" or "database")).ToList();
        var path = m.Entries.GetValueOrDefault("path");
        if (unknown.Count > 0 || path is null)
        {
            var parts = new List<string>();
            if (unknown.Count > 0)
            {
                parts.Add((unknown.Count == 1 ? "unknown key " : "unknown keys ") + string.Join(", ", unknown.Select(k => $"'{k}'")));
            }

            if (path is null)
            {
                parts.Add("no path");
            }

            // {url: /health}: the value of the misnamed key is the path meant.
            var meant = unknown.Select(k => m.Entries[k]).OfType<ConfigScalar>().FirstOrDefault(v => !v.Secure && Allowed.IsUrlPath(v.Text))?.Text;
            var fix = path is null ? $"; write {{path: {meant ?? "/api/health"}}}" : "";
            return (null, $"a check with {string.Join(" and ", parts)}; {CheckKeysText}{fix}");
        }

        if (path is not ConfigScalar { Secure: false } p || !Allowed.IsUrlPath(p.Text))
        {
            return (null, "path: " + SettingsReader.Problem(path, PathText));
        }

        var keyword = m.Entries.GetValueOrDefault("keyword");
        if (keyword is not null && (keyword is not ConfigScalar { Secure: false, Text.Length: <= 255 } || SettingsReader.IsEmpty(keyword)))
        {
            return (null, "keyword: " + SettingsReader.Problem(keyword, KeywordText));
        }

        var database = m.Entries.GetValueOrDefault("database");
        if (database is not null and not ConfigScalar { Secure: false, Text: "true" or "false" })
        {
            return (null, "database: " + SettingsReader.Problem(database, "true or false", t => t is "true" or "false"));
        }

        return (new UptimeCheck(p.Text, (keyword as ConfigScalar)?.Text, (database as ConfigScalar)?.Text == "true"), null);
    }

    public bool Equals(UptimeSettings? other) =>
        other is not null && Enabled == other.Enabled && Backend == other.Backend && Checks.SequenceEqual(other.Checks)
        && AwsRegions.SequenceEqual(other.AwsRegions) && BetterStackRegions.SequenceEqual(other.BetterStackRegions)
        && SlowSeconds == other.SlowSeconds && RequestTimeoutSeconds == other.RequestTimeoutSeconds && TlsWarningDays == other.TlsWarningDays;

    public override int GetHashCode() => HashCode.Combine(Enabled, Backend, Checks.Length);
}
