using Infra.Expressions;
using Infra.Graph;
using Infra.Model;
using Infra.Policies;
using Infra.Providers;
using Infra.Providers.Vercel;
using Infra.Tests.Support;
using Xunit;
using NeonProject = Infra.Providers.Neon.Project;

namespace Infra.Tests.Policies;

public sealed class PolicyTests
{
    private static ProgramGraph Build(params Resource[] resources)
    {
        var builder = new ProgramBuilder("p").UsePackage(Packages.Vercel).UsePackage(Packages.Neon).UsePackage(Packages.Random);
        foreach (var r in resources)
        {
            builder.Add(r);
        }

        return builder.Build().Program!;
    }

    [Fact]
    public void The_full_fixtures_stacks_pass_every_policy()
    {
        Assert.Empty(PolicySet.All.SelectMany(p => p.Check(TestStacks.Program("staging"), new PolicyContext(false, false))));
        Assert.Empty(PolicySet.All.SelectMany(p => p.Check(TestStacks.Program("prod"), new PolicyContext(true, false))));
        Assert.Empty(PolicySet.All.SelectMany(p => p.Check(TestStacks.Preview(42, "b"), new PolicyContext(false, true))));
    }

    [Fact]
    public void Unprotected_production_data_is_an_error_that_withholds_the_program()
    {
        var settings = TestStacks.Settings("prod");

        var result = Infra.Stacks.Composition.StackComposer.Compose(settings with { Protect = false });

        Assert.Null(result.Program);
        Assert.Equal(["backups-bucket", "dns-app", "neon-project", "r2-assets", "r2-cdn-domain", "r2-token", "r2-uploads", "sentry-key", "sentry-project", "sentry-team"],
            result.Diagnostics.Where(d => d.Code == "POL001").Select(d => d.Location).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Staging_may_leave_its_data_unprotected()
    {
        var program = TestStacks.Program("staging");

        Assert.Empty(new ProductionDataIsProtected().Check(program, new PolicyContext(false, false)));
    }

    [Fact]
    public void A_protected_resource_in_a_preview_is_an_error()
    {
        var program = Build(new NeonProject("db") { Options = ResourceOptions.Protected });

        var d = Assert.Single(new PreviewsLeaveNothingBehind().Check(program, new PolicyContext(false, true)));

        Assert.Equal("db", d.Location);
    }

    [Theory]
    [InlineData("connectionUriPooler")]
    [InlineData("connectionUri")]
    [InlineData("databasePassword")]
    public void A_secret_output_in_a_non_sensitive_variable_is_an_error(string output)
    {
        var db = new NeonProject("db");
        var program = Build(db, new ProjectEnvironmentVariable("env", "p", "DATABASE_URL", false) { Value = new Input<string>(new Ref("db", output)), Targets = ["production"] });

        var d = Assert.Single(new SecretValuesAreSensitive().Check(program, new PolicyContext(true, false)));

        Assert.Equal("env", d.Location);
        Assert.Contains("DATABASE_URL", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Secret_config_and_fn_secret_values_must_be_sensitive_and_plain_ones_need_not()
    {
        var builder = new ProgramBuilder("p").UsePackage(Packages.Vercel);
        var key = builder.AddConfig(new ConfigDeclaration("API_KEY", Secret: true));
        var derived = builder.AddVariable("derived", new SecretExpr("x"));
        builder.Add(new ProjectEnvironmentVariable("a", "p", "A", false) { Value = new Input<string>(key) });
        builder.Add(new ProjectEnvironmentVariable("b", "p", "B", false) { Value = new Input<string>(derived.Ref) });
        builder.Add(new ProjectEnvironmentVariable("c", "p", "C", false) { Value = new Input<string>(new SecretExpr("lit")) });
        builder.Add(new ProjectEnvironmentVariable("d", "p", "D", false) { Value = "https://example.com" });
        builder.Add(new ProjectEnvironmentVariable("e", "p", "E", true) { Value = new Input<string>(key) });

        var findings = new SecretValuesAreSensitive().Check(builder.Build().Program!, new PolicyContext(true, false)).Select(f => f.Location).ToList();

        Assert.Equal(["a", "b", "c"], findings);
    }
}
