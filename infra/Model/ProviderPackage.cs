namespace Infra.Model;

/// <summary>
/// A provider package the program uses, pinned. The writer stamps the pin on every resource and
/// every <c>fn::invoke</c> of the package (<c>options.version</c>, <c>options.pluginDownloadURL</c>),
/// so the engine creates exactly one default provider per package, configured from the stack's
/// provider config (<c>vercel:team</c>, <c>aws:region</c>, secret credentials), and every pass of
/// the compiler names the same plugins.
/// </summary>
/// <param name="Name">The package name, the first segment of its type tokens (<c>vercel</c>).</param>
/// <param name="Version">The pinned plugin version (for a parameterized package, the bridged provider's version).</param>
/// <param name="PluginDownloadUrl">Where a third-party plugin is downloaded from; null for Pulumi's own source.</param>
/// <param name="Parameterized">
/// True for a package generated from a Terraform provider through <c>terraform-provider</c>: it is
/// declared in <c>Pulumi.yaml</c>'s <c>packages:</c> and resolved through its lock file under
/// <c>sdks/</c>. Its resources and invokes carry no version or download URL: pulumi-yaml drops the
/// lock file's package reference from a resource that has either (pkg/pulumiyaml/run.go,
/// <c>registerResource</c>, v1.38.1), and the engine would then look for a plugin named after the package.
/// </param>
public sealed record ProviderPackage(string Name, string Version, string? PluginDownloadUrl = null, bool Parameterized = false)
{
    /// <summary>The options a resource or invoke of this package carries: the version and URL, or nothing when parameterized.</summary>
    public (string? Version, string? PluginDownloadUrl) Pin => Parameterized ? (null, null) : (Version, PluginDownloadUrl);
}
