using YamlDotNet.RepresentationModel;

namespace Infra.Tests.Engine;

/// <summary>
/// Which provider serves each resource and invoke of a program, and the config it receives, as
/// the engine decides it:
/// <list type="bullet">
/// <item>with <c>options.provider</c>, that explicit provider, configured only by its own
/// <c>properties</c> (pkg/resource/deploy/source_eval.go: stack config is never added to an explicit provider);</item>
/// <item>otherwise the default provider of the request's package, version and download URL
/// (pkg/resource/deploy/providers/provider.go <c>ProviderRequest.String</c>), or of the lock file's
/// package for a parameterized package whose resource carries no version or URL (pulumi-yaml
/// pkg/pulumiyaml/run.go keeps the package reference); it receives every stack config key of its
/// package's namespace (pkg/resource/deploy/target.go <c>GetPackageConfig</c>).</item>
/// </list>
/// A request without a version takes the version the discovery pass reported (default_providers.go).
/// A <c>pulumi:providers:&lt;pkg&gt;</c> resource with <c>defaultProvider: true</c> is still an explicit
/// provider: pulumi-yaml points every resource of the package and every top-level variable invoke at
/// it (pkg/pulumiyaml/run.go <c>setDefaultProviders</c>).
/// </summary>
internal static class DefaultProviders
{
    public static IReadOnlyList<(PackageReference Reference, ServedBy Provider)> Resolve(
        EmittedProgram program, IReadOnlyDictionary<string, PackageDecl> discovered, IEnumerable<PackageDecl> lockFiles, IReadOnlyDictionary<string, string> stackConfig)
    {
        var locks = lockFiles.ToLookup(d => d.Namespace, StringComparer.Ordinal);
        var explicitProviders = program.Resources
            .Where(r => EmittedProgram.Text(r.Node, "type")?.StartsWith("pulumi:providers:", StringComparison.Ordinal) == true)
            .ToDictionary(r => "${" + r.Name + "}", r => r.Node, StringComparer.Ordinal);
        var yamlDefaults = explicitProviders
            .Where(p => EmittedProgram.Text(p.Value, "defaultProvider") == "true")
            .ToDictionary(p => EmittedProgram.Text(p.Value, "type")!["pulumi:providers:".Length..], p => p.Key, StringComparer.Ordinal);

        var result = new List<(PackageReference, ServedBy)>();
        foreach (var reference in program.References().Where(r => r.Package != "pulumi" && !r.Token.StartsWith("pulumi:providers:", StringComparison.Ordinal)))
        {
            var provider = reference.Provider
                ?? ((!reference.IsInvoke || reference.IsTopLevelVariableInvoke) && yamlDefaults.TryGetValue(reference.Package, out var yamlDefault) ? yamlDefault : null);
            if (provider is not null)
            {
                var properties = explicitProviders.TryGetValue(provider, out var node) && EmittedProgram.Child(node, "properties") is YamlMappingNode p
                    ? p.Children.ToDictionary(e => ((YamlScalarNode)e.Key).Value!, e => (e.Value as YamlScalarNode)?.Value ?? e.Value.ToString(), StringComparer.Ordinal)
                    : [];
                result.Add((reference, new ServedBy("explicit " + provider, properties)));
                continue;
            }

            var key = locks[reference.Package].FirstOrDefault() is { Parameterization: { } parameterization } && reference.Version is null && reference.PluginDownloadUrl is null
                ? $"{parameterization.Name}-{parameterization.Version}"
                : Key(reference, discovered.GetValueOrDefault(reference.Package));
            var config = stackConfig
                .Where(c => c.Key.StartsWith(reference.Package + ":", StringComparison.Ordinal))
                .ToDictionary(c => c.Key[(reference.Package.Length + 1)..], c => c.Value, StringComparer.Ordinal);
            result.Add((reference, new ServedBy("default " + key, config)));
        }

        return result;
    }

    private static string Key(PackageReference reference, PackageDecl? discovered)
    {
        var version = reference.Version ?? discovered?.Version ?? "latest-installed";
        var url = reference.PluginDownloadUrl ?? discovered?.DownloadUrl;
        return $"{reference.Package}-{version}" + (url is null ? "" : "-" + url);
    }
}

/// <summary>The provider that serves a reference, and the config it is given.</summary>
internal sealed record ServedBy(string Provider, IReadOnlyDictionary<string, string> Config);
