using System.Collections.Immutable;
using System.Text.Json;
using Infra.Graph;

namespace Infra.Stacks.Settings;

/// <summary>
/// Reads <c>PULUMI_CONFIG</c> (compiler mode): a JSON object of strings keyed
/// <c>"&lt;namespace&gt;:&lt;key&gt;"</c>. Numbers and booleans arrive as text, objects and lists
/// as JSON text. Secret values arrive decrypted and unmarked: they are never copied to output.
/// </summary>
public static class EnvironmentConfig
{
    public static (RawConfig? Config, IReadOnlyList<Diagnostic> Errors) Parse(string json, string projectNamespace)
    {
        const string source = "PULUMI_CONFIG";
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            return (null, [Diagnostic.Error(SettingsCodes.Syntax, source, "not a JSON object: " + e.Message.ReplaceLineEndings(" "))]);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, [Diagnostic.Error(SettingsCodes.Syntax, source, "not a JSON object of strings")]);
            }

            var prefix = projectNamespace + ":";
            var entries = ImmutableSortedDictionary.CreateBuilder<string, ConfigNode>(StringComparer.Ordinal);
            var providers = ImmutableSortedDictionary.CreateBuilder<string, ConfigNode>(StringComparer.Ordinal);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (property.Name.StartsWith(prefix, StringComparison.Ordinal))
                {
                    entries[property.Name[prefix.Length..]] = FromTopLevel(property.Value);
                }
                else if (RawConfig.IsProviderKey(property.Name, projectNamespace))
                {
                    providers[property.Name] = FromTopLevel(property.Value);
                }
            }

            return (new RawConfig(projectNamespace, new ConfigMap(entries.ToImmutable()), source, MarksSecrets: false) { ProviderConfig = providers.ToImmutable() }, []);
        }
    }

    /// <summary>A top-level value is a string; one that holds a JSON object or list is that structure.</summary>
    private static ConfigNode FromTopLevel(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            return Convert(value);
        }

        var text = value.GetString() ?? "";
        var trimmed = text.TrimStart();
        if (trimmed.StartsWith('{') || trimmed.StartsWith('['))
        {
            try
            {
                using var inner = JsonDocument.Parse(text);
                return Convert(inner.RootElement);
            }
            catch (JsonException)
            {
                return new ConfigScalar(text);
            }
        }

        return new ConfigScalar(text);
    }

    private static ConfigNode Convert(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => new ConfigMap(value.EnumerateObject().ToImmutableSortedDictionary(
            p => p.Name, p => Convert(p.Value), StringComparer.Ordinal)),
        JsonValueKind.Array => new ConfigList([.. value.EnumerateArray().Select(Convert)]),
        JsonValueKind.String => new ConfigScalar(value.GetString() ?? ""),
        JsonValueKind.Number => new ConfigScalar(value.GetRawText()),
        JsonValueKind.True => new ConfigScalar("true"),
        JsonValueKind.False => new ConfigScalar("false"),
        _ => new ConfigScalar(""),
    };
}
