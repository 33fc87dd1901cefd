namespace Infra.Tests.Engine;

/// <summary>
/// A package as pulumi-yaml declares it (pkg/pulumiyaml/packages/file.go <c>PackageDecl</c>): a
/// plugin name, version and download URL, with the parameterization of a parameterized package.
/// </summary>
internal sealed record PackageDecl(string Name, string? Version, string? DownloadUrl, Parameterization? Parameterization = null)
{
    /// <summary>The package the declaration provides: the parameterization's name, else the plugin's.</summary>
    public string Namespace => Parameterization?.Name ?? Name;
}

/// <summary>The package a parameterized plugin is turned into, and the parameter (base64 in the lock file).</summary>
internal sealed record Parameterization(string Name, string Version, string Value);
