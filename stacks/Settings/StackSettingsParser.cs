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

    public static (StackSettings? Settings, IReadOnlyList<Diagnostic> Errors) Parse(string stack, RawConfig config) =>
        Parse(stack, config, out _);

    /// <summary>Parses, and tells which keys the settings read (every documented setting should be among them).</summary>
    internal static (StackSettings? Settings, IReadOnlyList<Diagnostic> Errors) Parse(string stack, RawConfig config, out IReadOnlyCollection<string> keys)
    {
        keys = [];
        if (config.IsEmpty)
        {
            return (null, [Diagnostic.Error(
                SettingsCodes.NoSettings,
                "stack " + stack,
                $"no settings under '{config.Namespace}:' in {config.Source}; a stack needs at least {config.Namespace}:app, :domain and :github.repository")]);
        }

        var r = new SettingsReader(config);
        keys = r.KnownKeys;
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
        r.UseDefaults(production, stack, app, production ? app : app + "-" + stack);
        var domain = r.Text(CoreKeys.Domain);
        var protect = r.Bool(CoreKeys.Protect);
        var logLevel = r.Text(CoreKeys.LogLevel);
        var github = new GitHubSettings(r.Text(CoreKeys.Repository));
        var vercel = VercelSettings.Read(r);

        var settings = new StackSettings(
            config.Namespace,
            stack,
            tier,
            app,
            domain,
            protect,
            logLevel,
            github,
            vercel,
            NeonSettings.Read(r, production, protect),
            CloudflareSettings.Read(r, "https://" + domain, vercel.Previews),
            SentrySettings.Read(r),
            AlertSettings.Read(r),
            UptimeSettings.Read(r),
            BackupSettings.Read(r),
            SecretSettings.Read(r));

        settings = settings with { Env = EnvSettingsReader.Read(r, production, settings.Secrets.PassThrough, settings.Secrets.Rotation) };
        settings.Alerts.RequireSlackTeam(r, settings.Uptime.Backend == Infra.Components.MonitorBackend.Aws && (settings.Uptime.Enabled || settings.Backups.Enabled));
        r.ReportUnknown();
        return r.Errors.Count > 0 ? (null, r.Errors) : (settings, []);
    }
}
