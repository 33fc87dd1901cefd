using System.Text.RegularExpressions;
using Infra.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Infra.Tests.Workflows;

/// <summary>A GitHub Actions workflow of the repository, parsed, with small accessors for tests.</summary>
internal sealed partial record WorkflowFile(string Name, string Text, YamlMappingNode Root)
{
    public static string Directory => Path.Combine(RepoPaths.Root, ".github", "workflows");

    public static IEnumerable<string> Names() =>
        System.IO.Directory.EnumerateFiles(Directory, "*.yml").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    public static WorkflowFile Load(string name)
    {
        var text = File.ReadAllText(Path.Combine(Directory, name));
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return new WorkflowFile(name, text, (YamlMappingNode)stream.Documents[0].RootNode);
    }

    public YamlMappingNode On => (YamlMappingNode)Root["on"];

    public IEnumerable<(string Name, YamlMappingNode Job)> Jobs =>
        ((YamlMappingNode)Root["jobs"]).Children.Select(j => (((YamlScalarNode)j.Key).Value!, (YamlMappingNode)j.Value));

    public YamlMappingNode Job(string name) => (YamlMappingNode)((YamlMappingNode)Root["jobs"])[name];

    public static string? Scalar(YamlNode node, string key) =>
        node is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode(key), out var v) && v is YamlScalarNode s ? s.Value : null;

    public static YamlNode? Get(YamlNode node, string key) =>
        node is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode(key), out var v) ? v : null;

    /// <summary>Every <c>uses:</c> of the workflow.</summary>
    public IEnumerable<string> Uses() => UsesPattern().Matches(Text).Select(m => m.Groups[1].Value.Trim());

    /// <summary>Every stack the workflow names: <c>stack-name:</c> values, matrix <c>stack:</c> entries, <c>--stack</c> arguments, <c>STACK:</c> env.</summary>
    public IEnumerable<string> StackNames()
    {
        foreach (Match m in StackPattern().Matches(Text))
        {
            var value = m.Groups["v"].Value.Trim().Trim('"', '\'');
            if (value.StartsWith('[') && value.EndsWith(']'))
            {
                foreach (var item in value[1..^1].Split(','))
                {
                    yield return item.Trim();
                }
            }
            else
            {
                yield return value;
            }
        }
    }

    [GeneratedRegex(@"^\s*(?:-\s+)?uses:\s*(\S+)", RegexOptions.Multiline)]
    private static partial Regex UsesPattern();

    [GeneratedRegex(@"(?:stack-name:|^\s+stack:|^\s+- stack:|^\s+STACK:)\s*(?<v>[^\n#]+)", RegexOptions.Multiline)]
    private static partial Regex StackPattern();
}
