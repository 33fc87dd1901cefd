using YamlDotNet.RepresentationModel;

namespace Infra.Tests.Engine;

/// <summary>
/// A synthesized Pulumi YAML program read back from its text, as pulumi-yaml reads it: the
/// resources, and every <c>fn::invoke</c> at any depth (variables, properties, outputs, inside
/// <c>fn::secret</c>), each with the package options it carries.
/// </summary>
internal sealed class EmittedProgram
{
    private EmittedProgram(YamlMappingNode root)
    {
        Root = root;
    }

    public YamlMappingNode Root { get; }

    public static EmittedProgram Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return new EmittedProgram((YamlMappingNode)stream.Documents[0].RootNode);
    }

    /// <summary>The resources by logical name.</summary>
    public IEnumerable<(string Name, YamlMappingNode Node)> Resources =>
        Section("resources").Select(e => (e.Key, (YamlMappingNode)e.Value));

    /// <summary>Every reference to a package: each resource, then each invoke, in document order.</summary>
    public IEnumerable<PackageReference> References()
    {
        foreach (var section in new[] { "variables", "resources", "outputs" })
        {
            foreach (var (name, node) in Section(section))
            {
                var where = section == "resources" ? name : section + "." + name;
                if (section == "resources")
                {
                    var resource = (YamlMappingNode)node;
                    var options = Child(resource, "options") as YamlMappingNode;
                    yield return new PackageReference(where, Text(resource, "type")!, Text(options, "version"), Text(options, "pluginDownloadURL"), Text(options, "provider"), IsInvoke: false);
                }

                var topLevel = section == "variables" && node is YamlMappingNode { Children.Count: 1 } v && Child(v, "fn::invoke") is YamlMappingNode only ? only : null;
                foreach (var invoke in Invokes(node))
                {
                    var options = Child(invoke, "options") as YamlMappingNode;
                    yield return new PackageReference(where, Text(invoke, "function")!, Text(options, "version"), Text(options, "pluginDownloadURL"), Text(options, "provider"), IsInvoke: true)
                    {
                        IsTopLevelVariableInvoke = ReferenceEquals(invoke, topLevel),
                    };
                }
            }
        }
    }

    private IEnumerable<(string Key, YamlNode Value)> Section(string name) =>
        Child(Root, name) is YamlMappingNode map
            ? map.Children.Select(e => (((YamlScalarNode)e.Key).Value!, e.Value))
            : [];

    private static IEnumerable<YamlMappingNode> Invokes(YamlNode node)
    {
        switch (node)
        {
            case YamlMappingNode map:
                foreach (var (key, value) in map.Children)
                {
                    if (((YamlScalarNode)key).Value is { } k && k.Equals("fn::invoke", StringComparison.OrdinalIgnoreCase) && value is YamlMappingNode invoke)
                    {
                        yield return invoke;
                    }

                    foreach (var inner in Invokes(value))
                    {
                        yield return inner;
                    }
                }

                break;
            case YamlSequenceNode list:
                foreach (var inner in list.Children.SelectMany(Invokes))
                {
                    yield return inner;
                }

                break;
        }
    }

    internal static YamlNode? Child(YamlMappingNode? map, string key) =>
        map is not null && map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    internal static string? Text(YamlMappingNode? map, string key) => (Child(map, key) as YamlScalarNode)?.Value;
}

/// <summary>A resource or invoke of a package, with the options that choose its provider.</summary>
/// <param name="Where">The resource, or <c>variables.x</c> / <c>outputs.x</c> holding the invoke.</param>
/// <param name="Token">The resource type or function token.</param>
internal sealed record PackageReference(string Where, string Token, string? Version, string? PluginDownloadUrl, string? Provider, bool IsInvoke)
{
    /// <summary>The package: the first segment of the token, or <c>&lt;pkg&gt;</c> of <c>pulumi:providers:&lt;pkg&gt;</c> (pulumi-yaml <c>ResolvePkgName</c>).</summary>
    /// <summary>True for an invoke that is a variable's whole value (the only invokes pulumi-yaml's <c>defaultProvider</c> rewrites).</summary>
    public bool IsTopLevelVariableInvoke { get; init; }

    public string Package => Token.StartsWith("pulumi:providers:", StringComparison.Ordinal) ? Token["pulumi:providers:".Length..] : Token.Split(':')[0];

    public override string ToString() => $"{Where} ({Token})";
}
