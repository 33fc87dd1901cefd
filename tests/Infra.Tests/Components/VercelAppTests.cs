using System.Collections.Immutable;
using Infra.Components;
using Infra.Graph;
using Infra.Providers;
using Xunit;

namespace Infra.Tests.Components;

public sealed class VercelAppTests
{
    private static (ProgramBuilder Builder, VercelApp App) Declare()
    {
        var builder = new ProgramBuilder("p").UsePackage(Packages.Vercel);
        var app = VercelApp.Declare(builder, new ComponentPath("vercel"), new VercelAppArgs(
            "orbit", "example/orbit", "main", "24.x", ["iad1", "fra1"], "standard_protection_new", "orbit.example.test", Protect: false, new VercelBuilds(true, [])));
        return (builder, app);
    }

    [Fact]
    public void A_sensitive_variable_cannot_target_development()
    {
        var (builder, app) = Declare();
        app.AddVariable(new EnvVariable(EnvCatalog.DatabaseUrl, "x", [VercelTarget.Production, VercelTarget.Development]));

        var d = Assert.Single(builder.Build().Diagnostics);

        Assert.Equal(DiagnosticCodes.SensitiveInDevelopment, d.Code);
        Assert.Equal("vercel-env-database-url", d.Location);
    }

    [Fact]
    public void A_variable_needs_a_target()
    {
        var (builder, app) = Declare();
        app.AddVariable(new EnvVariable(EnvCatalog.LogLevel, "info", ImmutableArray<VercelTarget>.Empty));

        Assert.Equal(DiagnosticCodes.NoTargets, Assert.Single(builder.Build().Diagnostics).Code);
    }

    [Fact]
    public void A_branch_scoped_variable_keeps_the_name_of_its_key()
    {
        var (builder, app) = Declare();
        var v = app.AddVariable(new EnvVariable(EnvCatalog.DatabaseUrl, "x", [VercelTarget.Preview]) { GitBranch = "feature/login" });

        Assert.Equal("vercel-env-database-url", v.Name);
        Assert.Equal(new Infra.Expressions.StringLit("feature/login"), v.Inputs()["gitBranch"]);
        Assert.Empty(builder.Build().Diagnostics);
    }

    [Fact]
    public void The_project_lists_every_function_region_in_order()
    {
        var (_, app) = Declare();

        var regions = (Infra.Expressions.ListExpr)((Infra.Expressions.ObjectExpr)app.Project.Inputs()["resourceConfig"]!)["functionDefaultRegions"]!;

        Assert.Equal(Infra.Expressions.ListExpr.Of("iad1", "fra1"), regions);
    }
}
