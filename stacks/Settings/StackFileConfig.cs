using System.Collections.Immutable;
using Infra.Graph;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Infra.Stacks.Settings;

/// <summary>Reads the <c>config:</c> block of a <c>Pulumi.&lt;stack&gt;.yaml</c> file (offline mode).</summary>
public static class StackFileConfig
{
    public static (RawConfig? Config, IReadOnlyList<Diagnostic> Errors) Parse(string yaml, string projectNamespace, string source)
    {
        YamlStream stream = [];
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            return (null, [Diagnostic.Error(SettingsCodes.Syntax, $"{source}:{e.Start.Line}", "not valid YAML: " + OneLine(e.Message))]);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode top)
        {
            return (new RawConfig(projectNamespace, ConfigMap.Empty, source), []);
        }

        if (!top.Children.TryGetValue(new YamlScalarNode("config"), out var configNode) || configNode is not YamlMappingNode config)
        {
            return (new RawConfig(projectNamespace, ConfigMap.Empty, source), []);
        }

        var prefix = projectNamespace + ":";
        var entries = ImmutableSortedDictionary.CreateBuilder<string, ConfigNode>(StringComparer.Ordinal);
        var providers = ImmutableSortedDictionary.CreateBuilder<string, ConfigNode>(StringComparer.Ordinal);
        var errors = new List<Diagnostic>();
        var strangers = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (key, value) in config.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            var colon = name.IndexOf(':', StringComparison.Ordinal);
            if (name.StartsWith(prefix, StringComparison.Ordinal))
            {
                entries[name[prefix.Length..]] = Convert(value);
            }
            else if (colon <= 0)
            {
                // Pulumi refuses such a key ("configuration key ... is not namespaced by a package");
                // dropping it would lose the setting without a word.
                var bare = colon == 0 ? name[1..] : name;
                errors.Add(Diagnostic.Error(SettingsCodes.Unknown, name,
                    $"has no namespace in {source}: Pulumi refuses such a key and no setting reads it; write it as {prefix}{bare}"));
            }
            else if (ConfigNamespaces.IsProvider(name[..colon]))
            {
                providers[name] = Convert(value);
            }
            else
            {
                var ns = name[..colon];
                if (!strangers.TryGetValue(ns, out var keys))
                {
                    strangers[ns] = keys = [];
                }

                keys.Add(name);
            }
        }

        foreach (var (ns, keys) in strangers)
        {
            errors.Add(Diagnostic.Error(SettingsCodes.Unknown, ns,
                $"{keys.Count} key(s) in {source} ({string.Join(", ", keys.Take(5))}{(keys.Count > 5 ? ", ..." : "")}) under a namespace that is neither this project's ({projectNamespace}) nor a provider package's ({string.Join(", ", ConfigNamespaces.Providers)}), so nothing reads them; if the project was renamed, rename the keys to {prefix}<key>, such as {prefix}{keys[0][(ns.Length + 1)..]}"));
        }

        return errors.Count > 0
            ? (null, errors)
            : (new RawConfig(projectNamespace, new ConfigMap(entries.ToImmutable()), source) { ProviderConfig = providers.ToImmutable() }, []);
    }

    private static ConfigNode Convert(YamlNode node) => node switch
    {
        YamlScalarNode s => new ConfigScalar(s.Value ?? ""),
        YamlSequenceNode l => new ConfigList([.. l.Children.Select(Convert)]),
        YamlMappingNode m when m.Children.Count == 1 && m.Children.TryGetValue(new YamlScalarNode("secure"), out var secret) && secret is YamlScalarNode s =>
            new ConfigScalar(s.Value ?? "", Secure: true),
        YamlMappingNode m => new ConfigMap(m.Children.ToImmutableSortedDictionary(
            p => ((YamlScalarNode)p.Key).Value ?? "", p => Convert(p.Value), StringComparer.Ordinal)),
        _ => new ConfigScalar(""),
    };

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
