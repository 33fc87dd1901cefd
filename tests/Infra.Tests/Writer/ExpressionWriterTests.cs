using System.Globalization;
using Infra.Expressions;
using Infra.Graph;
using Infra.Model;
using Infra.Writer;
using Xunit;

namespace Infra.Tests.Writer;

public sealed class ExpressionWriterTests
{
    [Fact]
    public void References_are_written_as_interpolations()
    {
        Assert.Equal("${neon-project.connectionUriPooler}\n", PulumiYamlWriter.WriteValue(new Ref("neon-project", "connectionUriPooler")));
        Assert.Equal("${list[0]}\n", PulumiYamlWriter.WriteValue(new Ref("list", "[0]")));
        Assert.Equal("${pulumi.stack}\n", PulumiYamlWriter.WriteValue(new Ref("pulumi", "stack")));
    }

    [Fact]
    public void Interpolations_mix_text_and_references()
    {
        var expr = Interpolation.Of("postgresql://", new Ref("role", "name"), "@", new Ref("endpoint", "host"), "/app?sslmode=require");
        Assert.Equal("postgresql://${role.name}@${endpoint.host}/app?sslmode=require\n", PulumiYamlWriter.WriteValue(expr));
    }

    [Fact]
    public void Functions_have_their_pulumi_yaml_forms()
    {
        var invoke = new InvokeExpr("std:index:sha256", ObjectExpr.Of(new KeyValuePair<string, Expr>("input", new Ref("token", "value"))), "result");
        Assert.Equal(
            """
            fn::secret:
              fn::invoke:
                function: std:index:sha256
                arguments:
                  input: ${token.value}
                return: result

            """.ReplaceLineEndings("\n"),
            PulumiYamlWriter.WriteValue(new SecretExpr(invoke)));
        Assert.Equal(
            """
            fn::join:
              - ","
              - - a
                - ${b.c}

            """.ReplaceLineEndings("\n"),
            PulumiYamlWriter.WriteValue(new JoinExpr(",", ListExpr.Of("a", new Ref("b", "c")))));
        Assert.Equal(
            """
            fn::toJSON:
              enabled: true

            """.ReplaceLineEndings("\n"),
            PulumiYamlWriter.WriteValue(new ToJsonExpr(ObjectExpr.Of(new KeyValuePair<string, Expr>("enabled", true)))));
    }

    [Fact]
    public void An_asset_archive_holds_its_files_as_literal_blocks_with_interpolations_escaped()
    {
        var archive = AssetArchiveExpr.Of(("index.mjs", new StringAssetExpr("const a = `${b}`;\nexport { a };\n")));

        Assert.Equal(
            """
            fn::assetArchive:
              index.mjs:
                fn::stringAsset: |
                  const a = `$${b}`;
                  export { a };

            """.ReplaceLineEndings("\n"),
            PulumiYamlWriter.WriteValue(archive));
    }

    [Fact]
    public void Property_order_does_not_depend_on_insertion_order()
    {
        var a = new ObjectBuilder().Add("zeta", (Expr)"1").Add("alpha", (Expr)"2").Add("mid", (Expr)"3").Build();
        var b = new ObjectBuilder().Add("mid", (Expr)"3").Add("alpha", (Expr)"2").Add("zeta", (Expr)"1").Build();
        var yaml = PulumiYamlWriter.WriteValue(a);

        Assert.Equal(yaml, PulumiYamlWriter.WriteValue(b));
        Assert.True(yaml.IndexOf("alpha", StringComparison.Ordinal) < yaml.IndexOf("mid", StringComparison.Ordinal));
        Assert.True(yaml.IndexOf("mid", StringComparison.Ordinal) < yaml.IndexOf("zeta", StringComparison.Ordinal));
    }

    [Fact]
    public void Shared_subtrees_are_written_out_not_aliased()
    {
        var shared = ObjectExpr.Of(new KeyValuePair<string, Expr>("k", "v"));
        var yaml = PulumiYamlWriter.WriteValue(ObjectExpr.From(("a", shared), ("b", shared)));

        Assert.DoesNotContain("&", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("*", yaml, StringComparison.Ordinal);
        Assert.Equal(2, yaml.Split("k: v").Length - 1);
    }

    [Fact]
    public void Every_resource_option_is_written_under_its_pulumi_yaml_name()
    {
        var builder = new ProgramBuilder("p").UsePackage(new ProviderPackage("acme", "1.2.3", "github://api.github.com/example"));
        builder.Add(new GenericResource("other", "pulumi:pulumi:StackReference", ObjectExpr.Empty));
        builder.Add(new GenericResource("res", "acme:index:Thing", ObjectExpr.Empty)
        {
            Options = new ResourceOptions
            {
                Protect = true,
                RetainOnDelete = true,
                DependsOn = [new Ref("other")],
                IgnoreChanges = ["name"],
                DeleteBeforeReplace = true,
                ReplaceOnChanges = ["region"],
                AdditionalSecretOutputs = ["outputs"],
                Aliases = [ResourceAlias.FromName("old-res"), new ResourceAlias { Urn = "urn:pulumi:prod::p::t::n" }],
                CustomTimeouts = new CustomTimeouts(Create: "30m"),
                Parent = new Ref("other"),
                Provider = new Ref("other"),
                DeletedWith = new Ref("other"),
                Import = "existing-id",
            },
        });
        var yaml = PulumiYamlWriter.Write(builder.Build().Program!);

        foreach (var key in new[]
        {
            "protect: true", "retainOnDelete: true", "dependsOn:\n        - ${other}", "ignoreChanges:", "deleteBeforeReplace: true",
            "replaceOnChanges:", "additionalSecretOutputs:", "aliases:\n        - name: old-res\n        - urn:pulumi:prod::p::t::n",
            "customTimeouts:\n        create: \"30m\"", "parent: ${other}", "provider: ${other}", "version: \"1.2.3\"",
            "pluginDownloadURL: github://api.github.com/example", "deletedWith: ${other}", "import: existing-id",
        })
        {
            Assert.Contains(key, yaml, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_resource_and_invoke_carries_its_packages_pin_and_parameterized_packages_none()
    {
        var builder = new ProgramBuilder("p")
            .UsePackage(new ProviderPackage("acme", "1.2.3", "github://api.github.com/example"))
            .UsePackage(new ProviderPackage("bridged", "0.9.0", Parameterized: true));
        builder.AddVariable("lookup", new SecretExpr(new InvokeExpr("acme:index:getThing", ObjectExpr.Empty, "id")));
        builder.AddVariable("bridged-lookup", new InvokeExpr("bridged:index/getX:getX", ObjectExpr.Empty));
        builder.Add(new GenericResource("thing", "acme:index:Thing", ObjectExpr.From(("x", new InvokeExpr("acme:index:getOther", ObjectExpr.Empty, "id")))));
        builder.Add(new GenericResource("bridged-thing", "bridged:index/x:X", ObjectExpr.Empty));

        var yaml = PulumiYamlWriter.Write(builder.Build().Program!);

        Assert.Equal(3, yaml.Split("pluginDownloadURL: github://api.github.com/example\n").Length - 1);
        Assert.Equal(3, yaml.Split("version: \"1.2.3\"\n").Length - 1);
        Assert.DoesNotContain("0.9.0", yaml, StringComparison.Ordinal);
        Assert.Contains("  bridged-thing:\n    type: bridged:index/x:X\n", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("defaultProvider", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_does_not_depend_on_the_culture()
    {
        var value = ObjectExpr.From(("min", 0.25), ("max", 1234567.5), ("n", 1234567L));
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            var invariant = PulumiYamlWriter.WriteValue(value);
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            Assert.Equal(invariant, PulumiYamlWriter.WriteValue(value));
            Assert.Contains("min: 0.25", invariant, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }
}
