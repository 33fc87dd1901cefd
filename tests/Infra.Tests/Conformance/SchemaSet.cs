using System.Text.Json;

namespace Infra.Tests.Conformance;

/// <summary>The provider schemas of ../shared/provider-schemas, by package name.</summary>
internal sealed class SchemaSet
{
    private readonly Dictionary<string, JsonElement> _packages = new(StringComparer.Ordinal);

    /// <summary>
    /// Reads every <c>*.json</c> of <paramref name="directory"/>, then every one of its <c>next/</c>
    /// folder: a schema there is the one a package moves to, and replaces the top-level file of the
    /// same package name (../shared/provider-schemas/README.md).
    /// </summary>
    public SchemaSet(string directory)
    {
        Load(directory);
        var next = Path.Combine(directory, "next");
        if (Directory.Exists(next))
        {
            Load(next);
        }
    }

    public IReadOnlyCollection<string> PackageNames => _packages.Keys;

    private void Load(string directory)
    {
        foreach (var file in Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(file));
            var root = doc.RootElement.Clone();
            _packages[root.GetProperty("name").GetString()!] = root;
        }
    }

    public JsonElement? Package(string name) => _packages.TryGetValue(name, out var p) ? p : null;

    /// <summary>
    /// The engine's own stack reference has no package schema; its inputs and outputs are fixed by Pulumi
    /// (<c>name</c> in; <c>outputs</c>, <c>secretOutputNames</c> out).
    /// </summary>
    private static readonly JsonElement StackReference = JsonDocument.Parse("""
        {"inputProperties": {"name": {"type": "string"}}, "requiredInputs": ["name"],
         "properties": {"name": {"type": "string"}, "outputs": {"type": "object", "additionalProperties": {"$ref": "pulumi.json#/Any"}},
                        "secretOutputNames": {"type": "array", "items": {"type": "string"}}}}
        """).RootElement.Clone();

    public JsonElement? Resource(string token) =>
        token == "pulumi:pulumi:StackReference" ? StackReference : Section(token, "resources");

    public JsonElement? Function(string token) => Section(token, "functions");

    /// <summary>A named type: <c>#/types/&lt;token&gt;</c>.</summary>
    public JsonElement? Type(string reference)
    {
        const string prefix = "#/types/";
        if (!reference.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        return Section(reference[prefix.Length..], "types");
    }

    private JsonElement? Section(string token, string section)
    {
        var package = token.Split(':')[0];
        return _packages.TryGetValue(package, out var p)
            && p.TryGetProperty(section, out var s)
            && s.TryGetProperty(token, out var item)
            ? item
            : null;
    }
}
