using System.Text.Json;
using YamlDotNet.RepresentationModel;

namespace Infra.Tests.Support;

/// <summary>
/// Turns a stack file's <c>config:</c> into <c>PULUMI_CONFIG</c> as the Pulumi CLI passes it to a
/// YAML compiler: every value a string, objects and lists as JSON text, secrets decrypted.
/// </summary>
internal static class PulumiConfigJson
{
    public static string FromStackFile(string yaml, IReadOnlyDictionary<string, string>? extra = null)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var config = (YamlMappingNode)((YamlMappingNode)stream.Documents[0].RootNode).Children["config"];
        var values = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in config.Children)
        {
            var name = ((YamlScalarNode)key).Value!;
            values[name] = value switch
            {
                YamlScalarNode s => s.Value!,
                YamlMappingNode m when m.Children.Count == 1 && m.Children.ContainsKey("secure") => DecryptedValue(name),
                _ => JsonSerializer.Serialize(ToPlain(value)),
            };
        }

        foreach (var (key, value) in extra ?? new Dictionary<string, string>())
        {
            values[key] = value;
        }

        return JsonSerializer.Serialize(values);
    }

    /// <summary>What Pulumi would pass for a <c>secure:</c> value: its decrypted text (here a recognizable fake).</summary>
    public static string DecryptedValue(string key) => "decrypted-" + key.Replace(':', '-') + "-DO-NOT-PRINT";

    private static object? ToPlain(YamlNode node) => node switch
    {
        YamlScalarNode s when s.Style == YamlDotNet.Core.ScalarStyle.Plain && double.TryParse(s.Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d) => d,
        YamlScalarNode s when s.Style == YamlDotNet.Core.ScalarStyle.Plain && bool.TryParse(s.Value, out var b) => b,
        YamlScalarNode s => s.Value,
        YamlSequenceNode l => l.Children.Select(ToPlain).ToList(),
        YamlMappingNode m => m.Children.ToDictionary(p => ((YamlScalarNode)p.Key).Value!, p => ToPlain(p.Value)),
        _ => null,
    };
}
