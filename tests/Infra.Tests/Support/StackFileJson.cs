using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Infra.Stacks.Settings;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Infra.Tests.Support;

/// <summary>
/// A stack file as the JSON an editor's YAML language server validates against the schema: plain
/// scalars typed as YAML 1.2's core schema reads them (true, 7, 0.25), quoted ones text.
/// </summary>
internal static partial class StackFileJson
{
    public static JsonNode FromYaml(string yaml)
    {
        YamlStream stream = [];
        stream.Load(new StringReader(yaml));
        return Convert(stream.Documents[0].RootNode)!;
    }

    /// <summary>A parsed config as <c>{config: {...}}</c>, every scalar as text (what <c>PULUMI_CONFIG</c> and <c>--path</c> strings give).</summary>
    public static JsonObject FromConfig(RawConfig config)
    {
        var entries = new JsonObject();
        foreach (var (key, node) in config.ProviderConfig)
        {
            entries[key] = Convert(node);
        }

        foreach (var (key, node) in config.Root.Entries)
        {
            entries[config.Namespace + ":" + key] = Convert(node);
        }

        return new JsonObject { ["config"] = entries };
    }

    private static JsonNode? Convert(ConfigNode node) => node switch
    {
        ConfigScalar { Secure: true } s => new JsonObject { ["secure"] = s.Text },
        ConfigScalar s => JsonValue.Create(s.Text),
        ConfigList l => new JsonArray([.. l.Items.Select(Convert)]),
        ConfigMap m => new JsonObject(m.Entries.Select(e => KeyValuePair.Create(e.Key, Convert(e.Value)))),
        _ => null,
    };

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlScalarNode { Style: ScalarStyle.Plain } s => Plain(s.Value ?? ""),
        YamlScalarNode s => JsonValue.Create(s.Value ?? ""),
        YamlSequenceNode l => new JsonArray([.. l.Children.Select(Convert)]),
        YamlMappingNode m => new JsonObject(m.Children.Select(c => KeyValuePair.Create(((YamlScalarNode)c.Key).Value ?? "", Convert(c.Value)))),
        _ => null,
    };

    private static JsonValue? Plain(string text) => text switch
    {
        "true" or "True" or "TRUE" => JsonValue.Create(true),
        "false" or "False" or "FALSE" => JsonValue.Create(false),
        "" or "~" or "null" or "Null" or "NULL" => null,
        _ when Integer().IsMatch(text) => JsonValue.Create(long.Parse(text, CultureInfo.InvariantCulture)),
        _ when Float().IsMatch(text) => JsonValue.Create(double.Parse(text, CultureInfo.InvariantCulture)),
        _ => JsonValue.Create(text),
    };

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex Integer();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex Float();
}
