using Infra.Graph;

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
        if (stack is not ("prod" or "staging") && !r.Has("tier"))
        {
            r.Missing("tier", $"production or staging: only the stacks prod and staging have a tier by name, '{stack}' must set it");
        }

        var tier = r.Choice("tier", stack == "prod" ? Tier.Production : Tier.Staging, Tiers);
        var production = tier == Tier.Production;

        var app = r.RequiredText("app", Allowed.IsAppName, Allowed.AppNameText);
        var domain = r.RequiredText("domain", Allowed.IsHostname, Allowed.HostnameText);
        var protect = r.Bool("protect", production);
        var logLevel = r.Text("logLevel", "info", Allowed.LogLevels.Contains, Allowed.OneOf(Allowed.LogLevels));
        var github = new GitHubSettings(r.RequiredText("github.repository", Allowed.IsRepository, Allowed.RepositoryText));
        var resourceName = production ? app : app + "-" + stack;
        var vercel = VercelSettings.Read(r, stack, production);

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
            SentrySettings.Read(r, app, production),
            AlertSettings.Read(r, stack, production),
            UptimeSettings.Read(r),
            BackupSettings.Read(r, resourceName, production),
            SecretSettings.Read(r));

        settings.Alerts.RequireSlackTeam(r, settings.Uptime.Backend == Infra.Components.MonitorBackend.Aws && (settings.Uptime.Enabled || settings.Backups.Enabled));
        r.ReportUnknown();
        return r.Errors.Count > 0 ? (null, r.Errors) : (settings, []);
    }
}
