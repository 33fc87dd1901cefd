namespace Infra.Model;

/// <summary>
/// A provider package the program uses, pinned. Every package is declared in every pass of the
/// compiler (with or without stack config), so the engine always picks the same plugins.
/// </summary>
/// <param name="Name">The package name, the first segment of its type tokens (<c>vercel</c>).</param>
/// <param name="Version">The pinned plugin version.</param>
/// <param name="PluginDownloadUrl">Where a third-party plugin is downloaded from; null for Pulumi's own source.</param>
/// <param name="Parameterized">
/// True for a package generated from a Terraform provider through <c>terraform-provider</c>: it is
/// declared in <c>Pulumi.yaml</c>'s <c>packages:</c> and not as a provider resource of the program.
/// </param>
public sealed record ProviderPackage(string Name, string Version, string? PluginDownloadUrl = null, bool Parameterized = false)
{
    /// <summary>The logical name of the package's default provider resource.</summary>
    public string ProviderResourceName => "provider-" + Name;

    /// <summary>The provider resource type token.</summary>
    public string ProviderType => "pulumi:providers:" + Name;
}
