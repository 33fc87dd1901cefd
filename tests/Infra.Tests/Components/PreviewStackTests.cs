using Infra.Expressions;
using Infra.Model;
using Infra.Providers.Neon;
using Infra.Providers.Vercel;
using Infra.Stacks.Composition;
using Infra.Stacks.Settings;
using Infra.Tests.Support;
using Xunit;

namespace Infra.Tests.Components;

/// <summary>A <c>pr-&lt;n&gt;</c> stack: a database branch off staging and preview variables for the pull request's branch, nothing else.</summary>
public sealed class PreviewStackTests
{
    private static readonly Lazy<Infra.Graph.ProgramGraph> Pr42 = new(() => TestStacks.Preview(42, "feature/login"));

    [Fact]
    public void Staging_is_read_through_a_stack_reference_in_the_same_organization_and_project()
    {
        var reference = Pr42.Value.Get<StackReference>("staging-stack");

        Assert.Equal(Interpolation.Of(new Ref("pulumi", "organization"), "/", new Ref("pulumi", "project"), "/staging"), reference.Inputs()["name"]);
    }

    [Fact]
    public void The_neon_branch_is_a_child_of_stagings_main_from_the_stack_reference()
    {
        var branch = Pr42.Value.Get<Branch>("neon-branch").Inputs();

        Assert.Equal(new StringLit("preview/pr-42"), branch["name"]);
        Assert.Equal(new Ref("staging-stack", "outputs.neonMainBranchId"), branch["parentId"]);
        Assert.Equal(new Ref("staging-stack", "outputs.neonProjectId"), branch["projectId"]);
    }

    [Fact]
    public void The_branch_has_its_own_read_write_endpoint_and_declares_no_role_or_database()
    {
        var program = Pr42.Value;
        var endpoint = program.Get<Endpoint>("neon-endpoint").Inputs();

        Assert.Equal(new StringLit("read_write"), endpoint["type"]);
        Assert.Equal(new Ref("neon-branch", "id"), endpoint["branchId"]);
        Assert.DoesNotContain(program.Resources, r => r.Type is "neon:index/role:Role" or "neon:index/database:Database" or "neon:index/project:Project");
    }

    [Fact]
    public void The_uris_are_built_from_endpoint_role_password_and_database_and_kept_secret()
    {
        var program = Pr42.Value;
        var password = Assert.IsType<InvokeExpr>(program.Variables.Single(v => v.Name == "neon-password").Value);
        Assert.Equal("neon:index/getBranchRolePassword:getBranchRolePassword", password.Function);
        Assert.Equal("password", password.Return);
        Assert.Equal(new Ref("neon-endpoint", "branchId"), password.Arguments["branchId"]);

        var pooled = Variable(program, "DATABASE_URL").Inputs()["value"];
        var direct = Variable(program, "DIRECT_URL").Inputs()["value"];
        Expr Uri(Ref host) => new SecretExpr(Interpolation.Of(
            "postgresql://", new Ref("staging-stack", "outputs.neonRoleName"), ":", new Ref("neon-password-verified"), "@", host, "/",
            new Ref("staging-stack", "outputs.neonDatabaseName"), "?sslmode=require&connect_timeout=15"));
        Assert.Equal(Uri(new Ref("neon-pooler-host")), pooled);
        Assert.Equal(Uri(new Ref("neon-endpoint", "host")), direct);
    }

    [Fact]
    public void Variables_are_preview_only_on_stagings_project_scoped_to_the_branch()
    {
        var variables = Pr42.Value.Resources.OfType<ProjectEnvironmentVariable>().ToList();

        Assert.Equal(["DATABASE_URL", "DIRECT_URL", "NEXT_PUBLIC_APP_URL", "NEXTAUTH_URL", "R2_KEY_PREFIX", "LOG_LEVEL", "NEXT_PUBLIC_SENTRY_ENVIRONMENT"],
            variables.Select(v => ((StringLit)v.Inputs()["key"]!).Value));
        Assert.All(variables, v =>
        {
            Assert.Equal(ListExpr.Of("preview"), v.Inputs()["targets"]);
            Assert.Equal(new StringLit("feature/login"), v.Inputs()["gitBranch"]);
            Assert.Equal(new Ref("staging-stack", "outputs.vercelProjectId"), v.Inputs()["projectId"]);
        });
        Assert.Equal(new StringLit("pr-42/"), Variable(Pr42.Value, "R2_KEY_PREFIX").Inputs()["value"]);
        Assert.Equal(new StringLit("https://orbit-staging-git-feature-login-example-team.vercel.app"), Variable(Pr42.Value, "NEXT_PUBLIC_APP_URL").Inputs()["value"]);
    }

    [Fact]
    public void Nothing_is_protected_monitored_or_paging()
    {
        var program = Pr42.Value;

        Assert.All(program.Resources, r => Assert.False(r.Options.Protect || r.Options.RetainOnDelete, r.Name));
        Assert.DoesNotContain(program.Resources, r => r.Package is "sentry" or "better-uptime" or "aws");
        Assert.DoesNotContain(program.Resources, r => r.Package == "cloudflare");
    }

    [Fact]
    public void It_pins_the_same_packages_as_every_other_program()
    {
        Assert.Equal(
            StackComposer.Discovery(TestStacks.Project).Program!.Packages.ToArray(),
            Pr42.Value.Packages.ToArray());
    }

    [Fact]
    public void The_head_branch_is_required()
    {
        var staging = TestStacks.FixtureConfig("staging");
        var (settings, errors) = PreviewSettingsParser.Parse("pr-7", staging, TestStacks.PullRequestConfig(staging, branch: null));

        Assert.Null(settings);
        var d = Assert.Single(errors);
        Assert.Equal("orbit-infra:pr.branch", d.Location);
    }

    [Theory]
    [InlineData("pr-42", 42)]
    [InlineData("pr-1", 1)]
    [InlineData("pr-0", null)]
    [InlineData("pr-x", null)]
    [InlineData("staging", null)]
    [InlineData("pr-42-b", null)]
    public void Only_pr_number_stacks_are_previews(string stack, int? number) =>
        Assert.Equal(number, PreviewSettingsParser.PullRequestNumber(stack));

    [Fact]
    public void A_long_branch_url_asks_for_the_real_one()
    {
        var staging = TestStacks.FixtureConfig("staging");
        var own = TestStacks.PullRequestConfig(staging, "feature/a-very-long-branch-name-that-vercel-will-shorten");
        var (settings, _) = PreviewSettingsParser.Parse("pr-9", staging, own);

        var result = PreviewComposer.Compose(settings!);

        Assert.Contains(result.Diagnostics, d => !d.IsError && d.Message.Contains("pr.url", StringComparison.Ordinal));
        var withUrl = PreviewComposer.Compose(settings! with { Url = "https://pr-9.example.com" }).Program!;
        Assert.Equal(new StringLit("https://pr-9.example.com"), Variable(withUrl, "NEXT_PUBLIC_APP_URL").Inputs()["value"]);
    }

    private static ProjectEnvironmentVariable Variable(Infra.Graph.ProgramGraph program, string key) =>
        program.Resources.OfType<ProjectEnvironmentVariable>().Single(v => v.Inputs()["key"] == new StringLit(key));
}
