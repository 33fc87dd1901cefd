using Infra.Expressions;
using Infra.Graph;
using Infra.Model;
using Infra.Providers;
using Xunit;

namespace Infra.Tests.Graph;

public sealed class ProgramBuilderTests
{
    private static GenericResource Res(string name, params (string Key, Expr Value)[] inputs) =>
        new(name, "vercel:index/project:Project", ObjectExpr.Of(inputs.Select(i => new KeyValuePair<string, Expr>(i.Key, i.Value))));

    private static ProgramBuilder Builder() => new ProgramBuilder("p").UsePackage(Packages.Vercel);

    [Fact]
    public void Duplicate_logical_names_are_an_error()
    {
        var b = Builder();
        b.Add(Res("app"));
        b.Add(Res("app"));
        b.AddVariable("app", "x");

        var result = b.Build();

        Assert.Null(result.Program);
        Assert.Equal(2, result.Diagnostics.Count(d => d.Code == DiagnosticCodes.DuplicateName && d.Location == "app"));
    }

    [Fact]
    public void A_reference_to_nothing_is_an_error_naming_the_resource_and_the_target()
    {
        var b = Builder();
        b.Add(Res("domain", ("projectId", new Ref("no-such-project", "id"))));

        var d = Assert.Single(b.Build().Diagnostics);

        Assert.Equal(DiagnosticCodes.UnknownReference, d.Code);
        Assert.Equal("domain", d.Location);
        Assert.Contains("no-such-project", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void References_inside_functions_interpolations_and_options_are_checked()
    {
        var b = Builder();
        b.Add(Res("a", ("v", new SecretExpr(Interpolation.Of("x", new Ref("ghost1", "p"))))));
        b.Add(Res("b") with { Options = new ResourceOptions { DependsOn = [new Ref("ghost2")] } });
        b.AddOutput("o", new Ref("ghost3"));

        var missing = b.Build().Diagnostics.Where(d => d.Code == DiagnosticCodes.UnknownReference).Select(d => d.Message).ToList();

        Assert.Equal(3, missing.Count);
        Assert.Contains(missing, m => m.Contains("ghost1", StringComparison.Ordinal));
        Assert.Contains(missing, m => m.Contains("ghost2", StringComparison.Ordinal));
        Assert.Contains(missing, m => m.Contains("ghost3", StringComparison.Ordinal));
    }

    [Fact]
    public void Config_keys_variables_and_the_pulumi_builtin_resolve()
    {
        var b = Builder().UsePackage(Packages.Std);
        var key = b.AddConfig(new ConfigDeclaration("apiKey", Secret: true));
        var v = b.AddVariable("hash", new InvokeExpr("std:index:sha256", ObjectExpr.Of(new KeyValuePair<string, Expr>("input", key)), "result"));
        b.Add(Res("a", ("x", v.Ref), ("s", new Ref("pulumi", "stack"))));

        var result = b.Build();

        Assert.Empty(result.Diagnostics);
        Assert.NotNull(result.Program);
    }

    [Fact]
    public void Cycles_are_an_error_that_shows_the_path()
    {
        var b = Builder();
        b.Add(Res("a", ("x", new Ref("b", "id"))));
        b.Add(Res("b", ("x", new Ref("c", "id"))));
        b.Add(Res("c") with { Options = new ResourceOptions { DependsOn = [new Ref("a")] } });

        var d = Assert.Single(b.Build().Diagnostics);

        Assert.Equal(DiagnosticCodes.Cycle, d.Code);
        Assert.Contains("a -> b -> c -> a", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_names_are_an_error()
    {
        var b = Builder();
        b.Add(Res("has space"));
        b.Add(Res("9starts-with-digit"));

        Assert.Equal(2, b.Build().Diagnostics.Count(d => d.Code == DiagnosticCodes.InvalidName));
    }

    [Fact]
    public void A_resource_of_an_unpinned_package_is_an_error()
    {
        var b = new ProgramBuilder("p");
        b.Add(Res("a"));

        var d = Assert.Single(b.Build().Diagnostics);

        Assert.Equal(DiagnosticCodes.UnpinnedPackage, d.Code);
    }

    [Fact]
    public void Packages_are_pinned_without_provider_resources()
    {
        var b = new ProgramBuilder("p");
        b.Add(Res("a"));
        b.UsePackage(Packages.Vercel);
        b.UsePackage(Packages.Neon);

        var program = b.Build().Program!;

        Assert.Equal(["a"], program.Resources.Select(r => r.Name));
        Assert.Equal(["neon", "vercel"], program.Packages.Select(p => p.Name));
        Assert.Equal("vercel", ProgramGraph.PackageName("vercel:index/project:Project"));
        Assert.Equal("aws", ProgramGraph.PackageName("pulumi:providers:aws"));
    }

    [Fact]
    public void A_resource_with_its_own_version_is_an_error()
    {
        var b = Builder();
        b.Add(Res("a") with { Options = new ResourceOptions { Version = "5.0.0" } });

        var d = Assert.Single(b.Build().Diagnostics);

        Assert.Equal(DiagnosticCodes.OwnPin, d.Code);
        Assert.Equal("a", d.Location);
    }

    [Fact]
    public void An_invoke_of_an_unpinned_package_is_an_error()
    {
        var b = Builder();
        b.AddVariable("v", new InvokeExpr("std:index:sha256", ObjectExpr.From(("input", "x")), "result"));

        var d = Assert.Single(b.Build().Diagnostics);

        Assert.Equal(DiagnosticCodes.UnpinnedPackage, d.Code);
        Assert.Equal("variables.v", d.Location);
    }
}
