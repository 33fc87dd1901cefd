using Infra.Graph;
using Infra.Stacks.Settings.Catalog;

namespace Infra.Stacks.Settings;

/// <summary>
/// Turns a stack's raw config into <see cref="StackSettings"/>, or into every problem found
/// (one diagnostic each), never both. Defaults that depend on the tier are applied here.
/// </summary>
public static class StackSettingsParser
{
    private static readonly OrderedDictionary<string, Tier> Tiers = new(StringComparer.Ordinal)
    {
        ["production"] = Tier.Production,
        ["staging"] = Tier.Staging,
    };

    /// <summary>The secret stack config key of an external database's pooled URL (<c>database.provider: external</c>).</summary>
    public const string ExternalDatabaseUrlKey = "DATABASE_URL";

    /// <summary>The secret stack config key of an external database's direct URL.</summary>
    public const string ExternalDirectUrlKey = "DIRECT_URL";

    /// <summary>The <c>import</c> map: each logical name with a provider id (checked against the program when it is composed).</summary>
    private static System.Collections.Immutable.ImmutableSortedDictionary<string, string> ReadImports(SettingsReader r)
    {
        var imports = System.Collections.Immutable.ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        switch (r.Raw(ImportKeys.Resources))
        {
            case null:
                break;
            case ConfigMap map:
                foreach (var (name, node) in map.Entries)
                {
                    var path = ImportKeys.Resources.Key + "." + name;
                    if (!ImportKeys.Resources.Rule.Valid(name))
                    {
                        r.Fail(path, "is not a logical resource name; expected " + ImportKeys.Resources.Rule.Text);
                    }
                    else if (node is ConfigScalar { Secure: false, Text.Length: > 0 } id)
                    {
                        imports[name] = id.Text.Trim();
                    }
                    else
                    {
                        r.Invalid(path, SettingsReader.Describe(node), "the provider id of the existing resource, such as prj_AbCdEf0123456789");
                    }
                }

                break;
            case var other:
                r.Invalid(ImportKeys.Resources.Key, SettingsReader.Describe(other), "an object of logical resource names and provider ids, such as vercel-project: prj_AbCdEf0123456789");
                break;
        }

        return imports.ToImmutable();
    }

    public static (StackSettings? Settings, IReadOnlyList<Diagnostic> Errors) Parse(string stack, RawConfig config) =>
        Parse(stack, config, out _);

    /// <summary>Parses, and tells which keys the settings read (every documented setting should be among them).</summary>
    internal static (StackSettings? Settings, IReadOnlyList<Diagnostic> Errors) Parse(string stack, RawConfig config, out IReadOnlyCollection<string> keys) =>
        Parse(stack, config, out keys, out _);

    /// <summary>Parses, and tells which secret config keys the settings reference (also when some are missing).</summary>
    public static (StackSettings? Settings, IReadOnlyList<Diagnostic> Errors) ParseWithSecrets(string stack, RawConfig config, out IReadOnlyList<RequiredSecret> required) =>
        Parse(stack, config, out _, out required);

    private static (StackSettings? Settings, IReadOnlyList<Diagnostic> Errors) Parse(string stack, RawConfig config, out IReadOnlyCollection<string> keys, out IReadOnlyList<RequiredSecret> required)
    {
        keys = [];
        required = [];
        if (config.IsEmpty)
        {
            return (null, [Diagnostic.Error(
                SettingsCodes.NoSettings,
                "stack " + stack,
                $"no settings under '{config.Namespace}:' in {config.Source}; a stack needs at least {config.Namespace}:app, :domain and :github.repository")]);
        }

        var r = new SettingsReader(config);
        keys = r.KnownKeys;
        required = r.Secrets;
        // Only `prod` and `staging` have a tier by convention: any other name must say it, or a
        // production stack named `live` would silently get staging's tier (nothing protected).
        if (stack is not ("prod" or "staging") && !r.Has(CoreKeys.Tier))
        {
            r.Missing(CoreKeys.Tier.Key, $"production or staging: only the stacks prod and staging have a tier by name, '{stack}' must set it");
        }

        // The tier's own default follows the stack's name (prod or staging), before any default applies.
        r.UseDefaults(stack == "prod", stack, "", "");
        var tier = r.Choice(CoreKeys.Tier, Tiers);
        var production = tier == Tier.Production;

        var app = r.Text(CoreKeys.App);
        var resource = production ? app : app + "-" + stack;
        r.UseDefaults(production, stack, app, resource);
        var domain = r.Text(CoreKeys.Domain);
        r.UseDefaults(production, stack, app, resource, domain);
        var protect = r.Bool(CoreKeys.Protect);
        var logLevel = r.Text(CoreKeys.LogLevel);
        var github = new GitHubSettings(r.Text(CoreKeys.Repository));
        var vercel = VercelSettings.Read(r);
        var externalDatabase = r.Text(DatabaseKeys.Provider) == "external";
        var neon = NeonSettings.Read(r, production, protect, enabled: !externalDatabase);
        if (externalDatabase)
        {
            r.SecretKey(ExternalDatabaseUrlKey, "the app's pooled database URL (database.provider: external)");
            r.SecretKey(ExternalDirectUrlKey, "the app's direct database URL, for migrations and backups (database.provider: external)");
        }

        var cloudflare = CloudflareSettings.Read(r, "https://" + domain, vercel.Previews);
        var sentry = SentrySettings.Read(r);
        var uptime = UptimeSettings.Read(r);
        var backups = BackupSettings.Read(r);
        var awsTopics = uptime.Backend == Infra.Components.MonitorBackend.Aws && (uptime.Enabled || backups.Enabled);
        var alerts = AlertSettings.Read(r, sentry.Enabled, awsTopics);

        var settings = new StackSettings(
            config.Namespace, stack, tier, app, domain, protect, logLevel, github, vercel, neon, cloudflare, sentry, alerts, uptime, backups, SecretSettings.Read(r))
        {
            ExternalDatabase = externalDatabase,
        };

        settings = settings with
        {
            Env = EnvSettingsReader.Read(r, production, settings.Secrets.PassThrough, settings.Secrets.Rotation),
            Imports = ReadImports(r),
        };
        settings.Alerts.RequireSlackTeam(r, awsTopics);
        SettingGates.Check(r, settings);
        r.ReportUnknown();
        return r.Errors.Count > 0 ? (null, r.Errors) : (settings, []);
    }
}
