using Infra.Model;

namespace Infra.Providers;

/// <summary>
/// The provider packages Infra pins, with the versions of ../shared/provider-schemas. A version
/// bump is a change of this file and of the golden programs, reviewed like code.
/// </summary>
public static class Packages
{
    private const string Pulumiverse = "github://api.github.com/pulumiverse";

    public static ProviderPackage Vercel { get; } = new("vercel", "5.4.1", Pulumiverse);

    public static ProviderPackage Cloudflare { get; } = new("cloudflare", "6.22.1");

    /// <summary>
    /// jianyuan/sentry 0.15.4 through <c>terraform-provider</c>: declared in Pulumi.yaml <c>packages:</c>.
    /// (Pulumiverse's <c>sentry</c> 0.0.9 bridges that provider's v0.11.2 of January 2023.)
    /// </summary>
    public static ProviderPackage Sentry { get; } = new("sentry", "0.15.4", Parameterized: true);

    public static ProviderPackage Aws { get; } = new("aws", "7.48.0");

    /// <summary>GitHub environments, variables and rulesets (the <c>bootstrap</c> stack).</summary>
    public static ProviderPackage Github { get; } = new("github", "6.15.0");

    public static ProviderPackage Random { get; } = new("random", "4.21.2");

    public static ProviderPackage Std { get; } = new("std", "2.3.2");

    /// <summary>BetterStackHQ/better-uptime 0.21.10 through <c>terraform-provider</c>: declared in Pulumi.yaml <c>packages:</c>.</summary>
    public static ProviderPackage BetterUptime { get; } = new("better-uptime", "0.21.10", Parameterized: true);

    /// <summary>kislerdm/neon 0.15.0 through <c>terraform-provider</c>: declared in Pulumi.yaml <c>packages:</c>.</summary>
    public static ProviderPackage Neon { get; } = new("neon", "0.15.0", Parameterized: true);

    /// <summary>Every package of the platform, in name order.</summary>
    public static IReadOnlyList<ProviderPackage> All { get; } = [Aws, BetterUptime, Cloudflare, Github, Neon, Random, Sentry, Std, Vercel];
}
