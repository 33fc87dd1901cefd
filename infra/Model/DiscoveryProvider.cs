using Infra.Expressions;

namespace Infra.Model;

/// <summary>
/// A package named in the compiler's pass without config (plugin discovery, <c>pulumi about</c>):
/// a <c>pulumi:providers:&lt;pkg&gt;</c> entry that is never run, only read by pulumi-yaml's
/// <c>GetReferencedPackages</c> (pkg/pulumiyaml/packages.go), which reports the first reference of
/// each package with its version and download URL, or the package's lock file for a
/// parameterized package. The writer pins it like every resource of its package, so this pass
/// names exactly the packages, versions and URLs of a real run. Real programs declare no provider
/// resources: their resources and invokes use the engine's default providers, which read the
/// stack's provider config.
/// </summary>
public sealed record DiscoveryProvider : Resource
{
    public DiscoveryProvider(ProviderPackage package)
        : base("provider-" + package.Name)
    {
        PackageInfo = package;
    }

    public ProviderPackage PackageInfo { get; }

    public override string Type => "pulumi:providers:" + PackageInfo.Name;

    public override ObjectExpr Inputs() => ObjectExpr.Empty;
}
