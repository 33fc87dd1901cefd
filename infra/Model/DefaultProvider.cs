using Infra.Expressions;

namespace Infra.Model;

/// <summary>
/// The default provider resource of a package (<c>pulumi:providers:&lt;pkg&gt;</c> with
/// <c>defaultProvider: true</c>), carrying the pinned version and download URL. It holds no
/// credentials: those come from the environment or the provider's secret stack config.
/// </summary>
public sealed record DefaultProvider : Resource
{
    public DefaultProvider(ProviderPackage package)
        : base(package.ProviderResourceName)
    {
        PackageInfo = package;
        Options = new ResourceOptions { Version = package.Version, PluginDownloadUrl = package.PluginDownloadUrl };
    }

    public ProviderPackage PackageInfo { get; }

    public override string Type => PackageInfo.ProviderType;

    public override bool IsDefaultProvider => true;

    public override ObjectExpr Inputs() => ObjectExpr.Empty;
}
