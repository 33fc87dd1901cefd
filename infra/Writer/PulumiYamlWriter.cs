using System.Globalization;
using System.Text;
using Infra.Expressions;
using Infra.Graph;
using Infra.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Infra.Writer;

/// <summary>
/// Writes a <see cref="ProgramGraph"/> as a Pulumi YAML program: deterministic (same program, same
/// bytes; <c>\n</c> line ends; ordinal key order inside property maps), no anchors or aliases,
/// strings quoted whenever a plain scalar would read as another type.
/// </summary>
public static class PulumiYamlWriter
{
    public static string Write(ProgramGraph program)
    {
        var pins = new PackagePins(program);
        var root = new YamlMappingNode
        {
            { "name", Str(program.Project) },
            { "runtime", Str("yaml") },
        };

        if (!program.Config.IsEmpty)
        {
            root.Add("config", Map(program.Config.Select(c => (c.Name, (YamlNode)ConfigNode(c)))));
        }

        if (!program.Variables.IsEmpty)
        {
            root.Add("variables", Map(program.Variables.Select(v => (v.Name, ToNode(v.Value, pins)))));
        }

        root.Add("resources", Map(program.Resources.Select(r => (r.Name, (YamlNode)ResourceNode(r, pins)))));

        if (!program.Outputs.IsEmpty)
        {
            root.Add("outputs", Map(program.Outputs.Select(o => (o.Name, ToNode(o.Value, pins)))));
        }

        return Emit(root);
    }

    /// <summary>Writes one expression as a YAML document (for tests and tools); invokes carry no pins.</summary>
    public static string WriteValue(Expr value) => Emit(ToNode(value, PackagePins.None));

    private static string Emit(YamlNode root)
    {
        var text = new StringBuilder();
        using (var writer = new StringWriter(text, CultureInfo.InvariantCulture) { NewLine = "\n" })
        {
            var emitter = new Emitter(writer, new EmitterSettings(bestIndent: 2, bestWidth: int.MaxValue, isCanonical: false, maxSimpleKeyLength: 1024, skipAnchorName: true, indentSequences: true, newLine: "\n"));
            new YamlStream(new YamlDocument(root)).Save(emitter, assignAnchors: false);
        }

        var yaml = text.ToString();
        if (yaml.EndsWith("...\n", StringComparison.Ordinal))
        {
            yaml = yaml[..^4];
        }

        return yaml;
    }

    private static YamlMappingNode ConfigNode(ConfigDeclaration c)
    {
        var node = new YamlMappingNode { { "type", Str(c.Type) } };
        if (c.Secret)
        {
            node.Add("secret", Bool(true));
        }

        return node;
    }

    private static YamlMappingNode ResourceNode(Resource resource, PackagePins pins)
    {
        var node = new YamlMappingNode { { "type", Str(resource.Type) } };
        var inputs = resource.Inputs();
        if (!inputs.IsEmpty)
        {
            node.Add("properties", ToNode(inputs, pins));
        }

        var options = OptionsWriter.ToNode(pins.Apply(resource.Type, resource.Options));
        if (options.Children.Count > 0)
        {
            node.Add("options", options);
        }

        return node;
    }

    internal static YamlNode ToNode(Expr expr, PackagePins pins) => expr switch
    {
        StringLit s => Str(Escape(s.Value)),
        IntLit i => Plain(i.Value.ToString(CultureInfo.InvariantCulture)),
        NumberLit n => Plain(FormatNumber(n.Value)),
        BoolLit b => Bool(b.Value),
        NullLit => Plain("null"),
        ListExpr l => new YamlSequenceNode(l.Items.Select(i => ToNode(i, pins))),
        ObjectExpr o => Map(o.Properties.Select(p => (p.Key, ToNode(p.Value, pins)))),
        Ref r => Str(r.ToString()),
        Interpolation i => Str(string.Concat(i.Parts.Select(p => p is Ref r ? r.ToString() : Escape(((StringLit)p).Value)))),
        SecretExpr s => Fn("fn::secret", ToNode(s.Value, pins)),
        UnsecretExpr u => Fn("fn::unsecret", ToNode(u.Value, pins)),
        JoinExpr j => Fn("fn::join", new YamlSequenceNode(Str(j.Delimiter), ToNode(j.Items, pins))),
        ToJsonExpr t => Fn("fn::toJSON", ToNode(t.Value, pins)),
        SelectExpr s => Fn("fn::select", new YamlSequenceNode(ToNode(s.Index, pins), ToNode(s.Values, pins))),
        InvokeExpr i => Fn("fn::invoke", InvokeNode(i, pins)),
        StringAssetExpr a => Fn("fn::stringAsset", Str(Escape(a.Text))),
        AssetArchiveExpr a => Fn("fn::assetArchive", ToNode(a.Members, pins)),
        _ => throw new ArgumentOutOfRangeException(nameof(expr), expr.GetType().Name, "no YAML form for this expression"),
    };

    /// <summary>
    /// The long form (the <c>fn::pkg:mod:fn</c> shorthand cannot carry options); options in the
    /// order of pulumi-yaml's reference, with the package's pin (pkg/pulumiyaml/run.go
    /// <c>evaluateBuiltinInvoke</c> passes <c>version</c> and <c>pluginDownloadURL</c> to the engine).
    /// </summary>
    private static YamlMappingNode InvokeNode(InvokeExpr invoke, PackagePins pins)
    {
        var node = new YamlMappingNode { { "function", Str(invoke.Function) } };
        if (!invoke.Arguments.IsEmpty)
        {
            node.Add("arguments", ToNode(invoke.Arguments, pins));
        }

        var (version, url) = pins.For(invoke.Function);
        var options = new YamlMappingNode();
        if (url is not null)
        {
            options.Add("pluginDownloadURL", Str(url));
        }

        if (invoke.Provider is not null)
        {
            options.Add("provider", Str(invoke.Provider.ToString()));
        }

        if (version is not null)
        {
            options.Add("version", Str(version));
        }

        if (options.Children.Count > 0)
        {
            node.Add("options", options);
        }

        if (invoke.Return is not null)
        {
            node.Add("return", Str(invoke.Return));
        }

        return node;
    }

    /// <summary>
    /// Literal text as pulumi-yaml reads it back: it turns every <c>$$</c> into <c>$</c>, starts an
    /// interpolation at <c>${</c> and keeps any other <c>$</c> (pkg/pulumiyaml/ast/interpolation.go
    /// <c>parseInterpolate</c>), so a <c>$</c> followed by <c>$</c> or <c>{</c> is doubled
    /// (<c>${</c> becomes <c>$${</c>, <c>$$</c> becomes <c>$$$</c>, <c>$5</c> stays).
    /// </summary>
    internal static string Escape(string text)
    {
        if (!text.Contains('$', StringComparison.Ordinal))
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            escaped.Append(text[i]);
            if (text[i] == '$' && i + 1 < text.Length && text[i + 1] is '$' or '{')
            {
                escaped.Append('$');
            }
        }

        return escaped.ToString();
    }

    private static string FormatNumber(double value) =>
        double.IsFinite(value)
            ? value.ToString("R", CultureInfo.InvariantCulture)
            : throw new ArgumentOutOfRangeException(nameof(value), value, "numbers must be finite");

    private static YamlMappingNode Fn(string name, YamlNode argument) => new() { { name, argument } };

    internal static YamlMappingNode Map(IEnumerable<(string Key, YamlNode Value)> entries)
    {
        var node = new YamlMappingNode();
        foreach (var (key, value) in entries)
        {
            node.Add(Str(key), value);
        }

        return node;
    }

    internal static YamlScalarNode Str(string value)
    {
        var style = value.Contains('\n', StringComparison.Ordinal) && value.Length > 0 && !char.IsWhiteSpace(value[0]) ? ScalarStyle.Literal
            : ScalarStyles.MustQuote(value) ? ScalarStyle.DoubleQuoted
            : ScalarStyle.Any;
        return new YamlScalarNode(value) { Style = style };
    }

    internal static YamlScalarNode Bool(bool value) => Plain(value ? "true" : "false");

    private static YamlScalarNode Plain(string value) => new(value) { Style = ScalarStyle.Plain };
}
