using Infra.Expressions;
using Infra.Writer;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace Infra.Tests.Writer;

public sealed class ScalarQuotingTests
{
    [Theory]
    [InlineData("true")]
    [InlineData("False")]
    [InlineData("yes")]
    [InlineData("No")]
    [InlineData("on")]
    [InlineData("OFF")]
    [InlineData("y")]
    [InlineData("null")]
    [InlineData("~")]
    [InlineData("")]
    [InlineData("17")]
    [InlineData("-1")]
    [InlineData("0.25")]
    [InlineData(".5")]
    [InlineData("1e3")]
    [InlineData("0x1F")]
    [InlineData("5.4.1")]
    [InlineData("20.x")]
    [InlineData(".inf")]
    [InlineData(".NaN")]
    [InlineData("2026-11-22")]
    [InlineData("2026-11-22T10:00:00Z")]
    [InlineData(" leading space")]
    [InlineData("trailing space ")]
    [InlineData("#alerts")]
    [InlineData("*")]
    [InlineData("key: value")]
    [InlineData("a #comment")]
    [InlineData("[list]")]
    [InlineData("{map}")]
    [InlineData("-flag")]
    public void Strings_that_would_read_as_another_type_are_quoted(string text)
    {
        var yaml = PulumiYamlWriter.WriteValue(ObjectExpr.Of(new KeyValuePair<string, Expr>("v", text)));

        Assert.StartsWith("v: \"", yaml, StringComparison.Ordinal);
        var node = (YamlScalarNode)((YamlMappingNode)Load(yaml)).Children["v"];
        Assert.Equal(text, node.Value);
        Assert.Equal(YamlDotNet.Core.ScalarStyle.DoubleQuoted, node.Style);
    }

    [Theory]
    [InlineData("orbit")]
    [InlineData("npm run build")]
    [InlineData("aws-us-east-1")]
    [InlineData("https://orbit.example.test")]
    [InlineData("vercel:index/project:Project")]
    public void Ordinary_strings_are_plain(string text)
    {
        Assert.Equal(text + "\n", PulumiYamlWriter.WriteValue(new StringLit(text)));
    }

    [Fact]
    public void Numbers_and_booleans_are_plain_and_typed()
    {
        Assert.Equal("17\n", PulumiYamlWriter.WriteValue(new IntLit(17)));
        Assert.Equal("-1\n", PulumiYamlWriter.WriteValue(new IntLit(-1)));
        Assert.Equal("0.25\n", PulumiYamlWriter.WriteValue(new NumberLit(0.25)));
        Assert.Equal("true\n", PulumiYamlWriter.WriteValue(new BoolLit(true)));
    }

    [Fact]
    public void Multi_line_strings_round_trip()
    {
        const string text = "line one\n  indented: two\nthree\n";
        var yaml = PulumiYamlWriter.WriteValue(ObjectExpr.Of(new KeyValuePair<string, Expr>("script", text)));

        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var value = ((YamlScalarNode)((YamlMappingNode)stream.Documents[0].RootNode).Children["script"]).Value;
        Assert.Equal(text, value);
        Assert.Contains("|", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Long_strings_are_never_folded()
    {
        var text = string.Join(" ", Enumerable.Repeat("word", 60));
        Assert.Equal(text + "\n", PulumiYamlWriter.WriteValue(new StringLit(text)));
    }

    [Fact]
    public void Literal_interpolation_markers_are_escaped()
    {
        Assert.Equal("price $${amount}\n", PulumiYamlWriter.WriteValue(new StringLit("price ${amount}")));
        Assert.Equal("$$$5 or $5\n", PulumiYamlWriter.WriteValue(new StringLit("$$5 or $5")));
        Assert.Equal("cost $5\n", PulumiYamlWriter.WriteValue(new StringLit("cost $5")));
    }

    private static YamlNode Load(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents[0].RootNode;
    }
}
