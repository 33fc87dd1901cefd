namespace Infra.Stacks.Settings;

/// <summary>The typed, validated settings of one stack. See docs/settings.md for every key.</summary>
public sealed record StackSettings(
    string Project,
    string Stack,
    Tier Tier,
    string App,
    string Domain,
    bool Protect,
    string LogLevel,
    GitHubSettings GitHub,
    VercelSettings Vercel,
    NeonSettings Neon,
    CloudflareSettings Cloudflare,
    SentrySettings Sentry,
    AlertSettings Alerts,
    UptimeSettings Uptime,
    BackupSettings Backups,
    SecretSettings Secrets)
{
    /// <summary>Whether the database is on another host (<c>database.provider: external</c>): no Neon resource.</summary>
    public bool ExternalDatabase { get; init; }

    /// <summary>Existing resources to adopt: logical name to provider id (<c>import</c>).</summary>
    public System.Collections.Immutable.ImmutableSortedDictionary<string, string> Imports { get; init; } =
        System.Collections.Immutable.ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal);

    /// <summary>The app's variables as data: catalog changes and added variables (<c>env.*</c>).</summary>
    public EnvSettings Env { get; init; } = EnvSettings.None;

    /// <summary>The physical name of the stack's own resources: <c>luma</c> in production, <c>luma-staging</c> elsewhere.</summary>
    public string ResourceName => Tier == Tier.Production ? App : App + "-" + Stack;

    /// <summary>The stack's public URL.</summary>
    public string AppUrl => "https://" + Domain;

    /// <summary>The hostname of the public bucket (<c>r2.cdnHost</c>).</summary>
    public string CdnDomain => Cloudflare.CdnHost;
}
