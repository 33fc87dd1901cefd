using Infra.Graph;
using Infra.Model;

namespace Infra.Writer;

/// <summary>
/// The pinned version and download URL of each package of a program, as the options every
/// resource and invoke of the package carries. Pulumi's built-ins (<c>pulumi:</c>) and
/// parameterized packages (resolved through their lock files) carry none.
/// </summary>
internal sealed class PackagePins
{
    private readonly Dictionary<string, ProviderPackage> _packages;

    public PackagePins(ProgramGraph program)
    {
        _packages = program.Packages.ToDictionary(p => p.Name, StringComparer.Ordinal);
    }

    private PackagePins()
    {
        _packages = [];
    }

    public static PackagePins None { get; } = new();

    /// <summary>The version and download URL for a type or function token's package.</summary>
    public (string? Version, string? PluginDownloadUrl) For(string token) =>
        _packages.TryGetValue(ProgramGraph.PackageName(token), out var package) ? package.Pin : (null, null);

    /// <summary>A resource's options with its package's pin.</summary>
    public ResourceOptions Apply(string type, ResourceOptions options)
    {
        var (version, url) = For(type);
        return version is null && url is null
            ? options
            : options with { Version = options.Version ?? version, PluginDownloadUrl = options.PluginDownloadUrl ?? url };
    }
}
