using FsCheck;
using FsCheck.Fluent;
using Infra.Expressions;
using Infra.Writer;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace Infra.Tests.Writer;

/// <summary>Properties of the writer over generated values: every string and number comes back as written.</summary>
public sealed class WriterPropertyTests
{
    private static YamlScalarNode ReadBack(string yaml, string key)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return (YamlScalarNode)((YamlMappingNode)stream.Documents[0].RootNode).Children[key];
    }

    [Fact]
    public void Any_string_reads_back_as_the_same_string()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), text =>
        {
            if (text is null || text.Any(c => char.IsControl(c) && c != '\n' && c != '\t') || text.Any(char.IsSurrogate))
            {
                return true; // YAML cannot carry these in any style; the model never produces them
            }

            var node = ReadBack(PulumiYamlWriter.WriteValue(ObjectExpr.From(("v", text))), "v");
            var value = PulumiYamlText(node.Value!);
            var typedAsString = node.Style != YamlDotNet.Core.ScalarStyle.Plain || !ScalarReadsAsOtherType(node.Value!);
            return value == text && typedAsString;
        }).QuickCheckThrowOnFailure();
    }

    /// <summary>Strings made of YAML's troublemakers: indicators, quotes, spaces, line breaks, digits and reserved words.</summary>
    [Fact]
    public void Strings_of_yaml_indicators_and_reserved_words_read_back()
    {
        var pieces = new[]
        {
            ":", "#", "-", "{", "}", "[", "]", "!", "&", "*", "|", ">", "'", "\"", "%", "@", "`", ",", "?", "~", "$", "${", "\\",
            " ", "  ", "\n", "\t", "0", "1.5", "-1", "0x1F", "1e3", ".inf", "true", "No", "null", "yes", "2026-11-22", "a", "Zz", "é", "日本",
        };
        var text = Gen.ArrayOf(Gen.Elements(pieces)).Select(p => string.Concat(p));
        Prop.ForAll(text.ToArbitrary(), value =>
        {
            var node = ReadBack(PulumiYamlWriter.WriteValue(ObjectExpr.From(("v", value))), "v");
            return PulumiYamlText(node.Value!) == value
                && (node.Style != YamlDotNet.Core.ScalarStyle.Plain || !ScalarReadsAsOtherType(node.Value!));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(2000));
    }

    [Fact]
    public void Any_whole_number_reads_back_plain_and_exact()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<long>(), n =>
        {
            var node = ReadBack(PulumiYamlWriter.WriteValue(ObjectExpr.From(("v", n))), "v");
            return node.Style == YamlDotNet.Core.ScalarStyle.Plain && long.Parse(node.Value!, System.Globalization.CultureInfo.InvariantCulture) == n;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Any_finite_number_reads_back_exact()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<NormalFloat>(), f =>
        {
            var node = ReadBack(PulumiYamlWriter.WriteValue(ObjectExpr.From(("v", f.Get))), "v");
            return double.Parse(node.Value!, System.Globalization.CultureInfo.InvariantCulture) == f.Get;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Key_order_never_depends_on_insertion_order()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<string[]>(), keys =>
        {
            var distinct = (keys ?? []).Where(k => k is not null).Distinct(StringComparer.Ordinal).ToArray();
            var forward = distinct.Aggregate(new ObjectBuilder(), (b, k) => b.Add(k, (Expr)"x")).Build();
            var backward = distinct.Reverse().Aggregate(new ObjectBuilder(), (b, k) => b.Add(k, (Expr)"x")).Build();
            return PulumiYamlWriter.WriteValue(forward) == PulumiYamlWriter.WriteValue(backward);
        }).QuickCheckThrowOnFailure();
    }

    /// <summary>What a YAML 1.1/1.2 reader would type as something other than a string (a subset, for the property).</summary>
    private static bool ScalarReadsAsOtherType(string plain) =>
        plain is "true" or "false" or "null" or "~" or "yes" or "no" or "on" or "off" or "y" or "n" || double.TryParse(plain, System.Globalization.CultureInfo.InvariantCulture, out _);

    /// <summary>
    /// A scalar's text as pulumi-yaml reads it (pkg/pulumiyaml/ast/interpolation.go <c>parseInterpolate</c>):
    /// <c>$$</c> is one <c>$</c>; <c>${</c> would start an interpolation, which literal text never may (null).
    /// </summary>
    private static string? PulumiYamlText(string scalar)
    {
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < scalar.Length; i++)
        {
            if (scalar[i] == '$' && i + 1 < scalar.Length && scalar[i + 1] == '$')
            {
                text.Append('$');
                i++;
            }
            else if (scalar[i] == '$' && i + 1 < scalar.Length && scalar[i + 1] == '{')
            {
                return null;
            }
            else
            {
                text.Append(scalar[i]);
            }
        }

        return text.ToString();
    }
}
