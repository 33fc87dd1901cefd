using System.Collections.Immutable;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Infra.Diff;

/// <summary>
/// A synthesized Pulumi YAML program read back for comparison: each section's entries, every
/// value flattened to <c>path = text</c> lines with secrets masked. Works on any program text,
/// ours or hand-written, without schemas or credentials.
/// </summary>
public sealed record ProgramTree(ImmutableSortedDictionary<string, ProgramEntry> Entries)
{
    public const string Masked = "[secret]";

    /// <summary>Keys whose literal values are treated as secrets wherever they appear.</summary>
    private static readonly string[] SecretWords = ["password", "secret", "token", "apikey", "api_key", "privatekey", "private_key", "passphrase"];

    /// <summary>Reads a program; null with the reason when the text is not a YAML mapping.</summary>
    public static (ProgramTree? Tree, string? Problem) Parse(string yaml)
    {
        YamlStream stream = [];
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            return (null, $"line {e.Start.Line}: not valid YAML: {e.Message.ReplaceLineEndings(" ")}");
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            return (null, "not a Pulumi YAML program (no top-level mapping)");
        }

        var entries = ImmutableSortedDictionary.CreateBuilder<string, ProgramEntry>(StringComparer.Ordinal);
        foreach (var section in new[] { "config", "variables", "resources", "outputs" })
        {
            if (root.Children.TryGetValue(new YamlScalarNode(section), out var node) && node is YamlMappingNode map)
            {
                foreach (var (key, value) in map.Children)
                {
                    var name = ((YamlScalarNode)key).Value ?? "";
                    entries[$"{section}/{name}"] = Entry(section, name, value);
                }
            }
        }

        return (new ProgramTree(entries.ToImmutable()), null);
    }

    private static ProgramEntry Entry(string section, string name, YamlNode value)
    {
        var lines = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var type = section == "resources" && value is YamlMappingNode m && m.Children.TryGetValue(new YamlScalarNode("type"), out var t)
            ? ((YamlScalarNode)t).Value ?? ""
            : "";
        var sensitive = section == "resources" && value is YamlMappingNode r
            && r.Children.TryGetValue(new YamlScalarNode("properties"), out var p) && p is YamlMappingNode props
            && props.Children.TryGetValue(new YamlScalarNode("sensitive"), out var s) && s is YamlScalarNode { Value: "true" };
        Flatten(value, "", secret: false, sensitive, lines);
        lines.Remove("type");
        var isProtected = lines.TryGetValue("options.protect", out var protect) && protect == "true";
        return new ProgramEntry(section, name, type, lines.ToImmutable(), isProtected);
    }

    private static void Flatten(YamlNode node, string path, bool secret, bool sensitive, ImmutableSortedDictionary<string, string>.Builder lines)
    {
        switch (node)
        {
            case YamlMappingNode map when map.Children.Count == 0:
                lines[path] = "{}";
                break;
            case YamlMappingNode map:
                foreach (var (key, child) in map.Children)
                {
                    var name = ((YamlScalarNode)key).Value ?? "";
                    var childSecret = secret || name == "fn::secret" || (IsSecretWord(name) && child is YamlScalarNode) || (sensitive && path == "properties" && name == "value");
                    Flatten(child, path.Length == 0 ? name : path + "." + name, childSecret, sensitive, lines);
                }

                break;
            case YamlSequenceNode list when list.Children.Count == 0:
                lines[path] = "[]";
                break;
            case YamlSequenceNode list:
                for (var i = 0; i < list.Children.Count; i++)
                {
                    Flatten(list.Children[i], $"{path}[{i}]", secret, sensitive, lines);
                }

                break;
            case YamlScalarNode scalar:
                var text = scalar.Value ?? "";
                lines[path] = secret && !IsReference(text) && text is not ("true" or "false") ? Masked : Show(scalar);
                break;
        }
    }

    /// <summary>A value that is only a reference (<c>${x.y}</c>) names where a secret comes from, not the secret: it is shown.</summary>
    private static bool IsReference(string text) =>
        text.StartsWith("${", StringComparison.Ordinal) && text.EndsWith('}') && text.IndexOf("${", 2, StringComparison.Ordinal) < 0;

    private static bool IsSecretWord(string key)
    {
        var lower = key.ToLowerInvariant();
        return SecretWords.Any(w => lower.Contains(w, StringComparison.Ordinal));
    }

    private static string Show(YamlScalarNode scalar) =>
        scalar.Style is ScalarStyle.DoubleQuoted or ScalarStyle.SingleQuoted ? "\"" + scalar.Value + "\"" : (scalar.Value ?? "").ReplaceLineEndings("\\n");
}
