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

    /// <summary>kislerdm/neon 0.15.0 through <c>terraform-provider</c>: declared in Pulumi.yaml <c>packages:</c>.</summary>
    public static ProviderPackage Neon { get; } = new("neon", "0.15.0", Parameterized: true);

    /// <summary>Every package of the platform, in name order.</summary>
    public static IReadOnlyList<ProviderPackage> All { get; } = [Neon, Vercel];
}
