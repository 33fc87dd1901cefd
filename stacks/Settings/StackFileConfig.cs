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
        foreach (var (key, value) in config.Children)
        {
            var name = ((YamlScalarNode)key).Value ?? "";
            if (name.StartsWith(prefix, StringComparison.Ordinal))
            {
                entries[name[prefix.Length..]] = Convert(value);
            }
            else if (RawConfig.IsProviderKey(name, projectNamespace))
            {
                providers[name] = Convert(value);
            }
        }

        return (new RawConfig(projectNamespace, new ConfigMap(entries.ToImmutable()), source) { ProviderConfig = providers.ToImmutable() }, []);
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
