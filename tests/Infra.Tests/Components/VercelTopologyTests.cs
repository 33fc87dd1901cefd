using System.Diagnostics;
using Infra.Expressions;
using Infra.Graph;
using Infra.Providers.Vercel;
using Infra.Tests.Support;
using Xunit;
using VercelProject = Infra.Providers.Vercel.Project;

namespace Infra.Tests.Components;

/// <summary>
/// The Vercel topology's guarantees (docs/architecture.md, <i>Vercel topology</i>), on the tests'
/// own fixture project: each stack owns its project, every push builds in exactly one of them, no
/// preview reaches a main database or production's secrets, staging runs production's project
/// settings, and the release pull request works.
/// </summary>
public sealed class VercelTopologyTests
{
    private static readonly Lazy<ProgramGraph> Prod = new(() => FixturePrograms.Program("prod"));
    private static readonly Lazy<ProgramGraph> Staging = new(() => FixturePrograms.Program("staging"));
    private static readonly Lazy<ProgramGraph> Pr = new(() => FixturePrograms.Preview(42, "feature/login").Program!);

    private static ObjectExpr ProjectOf(ProgramGraph program) => program.Resources.OfType<VercelProject>().Single().Inputs();

    private static List<ObjectExpr> Variables(ProgramGraph program) =>
        [.. program.Resources.OfType<ProjectEnvironmentVariable>().Select(v => v.Inputs())];

    private static string[] Targets(ObjectExpr variable) => [.. ((ListExpr)variable["targets"]!).Items.Select(t => ((StringLit)t).Value)];

    private static string Key(ObjectExpr variable) => ((StringLit)variable["key"]!).Value;

    /// <summary>Runs a project's ignored build step as Vercel does, in a shell with the branch in <c>VERCEL_GIT_COMMIT_REF</c>; exit code 0 skips the build.</summary>
    private static bool IgnoredBuildStepSkips(string? command, string branch)
    {
        if (command is null)
        {
            return false;
        }

        var info = new ProcessStartInfo("bash", ["-c", command]) { UseShellExecute = false };
        info.Environment["VERCEL_GIT_COMMIT_REF"] = branch;
        using var process = Process.Start(info)!;
        process.WaitForExit();
        return process.ExitCode == 0;
    }

    /// <summary>Whether a project builds a push to <paramref name="branch"/>: its production branch, or a preview when it builds previews, unless its ignored build step skips it.</summary>
    private static bool Builds(ObjectExpr project, string branch)
    {
        var production = ((StringLit)((ObjectExpr)project["gitRepository"]!)["productionBranch"]!).Value;
        var previews = project["previewDeploymentsDisabled"] != new BoolLit(true);
        return (branch == production || previews) && !IgnoredBuildStepSkips((project["ignoreCommand"] as StringLit)?.Value, branch);
    }

    [Theory]
    [InlineData("main")]
    [InlineData("staging")]
    [InlineData("feature/login")]
    [InlineData("dependabot/npm_and_yarn/next-16.0.1")]
    public void Every_push_builds_in_exactly_one_project(string branch)
    {
        var building = new[] { ("prod", ProjectOf(Prod.Value)), ("staging", ProjectOf(Staging.Value)) }.Where(p => Builds(p.Item2, branch)).Select(p => p.Item1);

        Assert.Single(building);
    }

    [Fact]
    public void Each_stack_owns_its_project_and_pull_requests_own_only_branch_variables_on_stagings()
    {
        Assert.Equal(new StringLit("acme"), ProjectOf(Prod.Value)["name"]);
        Assert.Equal(new StringLit("acme-staging"), ProjectOf(Staging.Value)["name"]);
        Assert.Empty(Pr.Value.Resources.OfType<VercelProject>());
        Assert.All(Variables(Pr.Value), v => Assert.Equal(new Ref("staging-stack", "outputs.vercelProjectId"), v["projectId"]));
        Assert.NotNull(Staging.Value.FindOutput("vercelProjectId"));
    }

    [Fact]
    public void Productions_variables_and_secrets_reach_production_deployments_only()
    {
        Assert.NotEmpty(Variables(Prod.Value));
        Assert.All(Variables(Prod.Value), v => Assert.Equal(["production"], Targets(v)));
    }

    [Fact]
    public void No_preview_reaches_stagings_main_database()
    {
        var staging = Variables(Staging.Value);

        Assert.Equal(["production"], Targets(staging.Single(v => Key(v) == "DATABASE_URL")));
        Assert.Equal(["production"], Targets(staging.Single(v => Key(v) == "DIRECT_URL")));
        Assert.All(staging.Where(v => Targets(v).Contains("preview")), v => Assert.DoesNotContain(v["value"]!.Walk().OfType<Ref>(), r => r.Root == "neon-project"));
    }

    [Fact]
    public void A_pull_requests_variables_are_its_branchs_and_its_database_is_its_own_branch()
    {
        var variables = Variables(Pr.Value);

        Assert.All(variables, v =>
        {
            Assert.Equal(["preview"], Targets(v));
            Assert.Equal(new StringLit("feature/login"), v["gitBranch"]);
        });
        foreach (var key in new[] { "DATABASE_URL", "DIRECT_URL" })
        {
            var refs = variables.Single(v => Key(v) == key)["value"]!.Walk().OfType<Ref>().Select(r => r.Root).ToList();
            Assert.Contains(refs, r => r is "neon-endpoint" or "neon-pooler-host");
            Assert.DoesNotContain("neon-project", refs);
        }
    }

    [Fact]
    public void Variable_changes_are_followed_by_a_redeploy()
    {
        foreach (var program in new[] { Prod.Value, Staging.Value, Pr.Value })
        {
            var digest = program.FindOutput("vercelVariablesDigest")!.Value;
            var variable = program.Variables.Single(v => v.Ref == digest);
            var sha = Assert.IsType<InvokeExpr>(Assert.IsType<SecretExpr>(variable.Value).Value);
            Assert.Equal("std:index:sha256", sha.Function);
            Assert.Equal(Variables(program).Count, ((ListExpr)((ToJsonExpr)sha.Arguments["input"]!).Value).Items.Length);
        }

        foreach (var program in new[] { Prod.Value, Staging.Value })
        {
            Assert.Equal(new SecretExpr(new Ref("vercel-project", "gitRepository.deployHooks[0].url")), program.FindOutput("vercelRedeployHook")!.Value);
        }
    }

    [Fact]
    public void Every_variable_is_replaced_delete_first()
    {
        foreach (var program in new[] { Prod.Value, Staging.Value, Pr.Value })
        {
            Assert.All(program.Resources.OfType<ProjectEnvironmentVariable>(), v => Assert.True(v.Options.DeleteBeforeReplace, v.Name));
        }
    }

    [Fact]
    public void Staging_runs_productions_project_settings()
    {
        static ObjectExpr Settings(ObjectExpr project) => new(project.Properties
            .RemoveRange(["name", "gitRepository", "previewDeploymentsDisabled", "ignoreCommand"]));

        Assert.Equal(Settings(ProjectOf(Prod.Value)), Settings(ProjectOf(Staging.Value)));
        Assert.Equal(
            ((ObjectExpr)ProjectOf(Prod.Value)["gitRepository"]!)["repo"],
            ((ObjectExpr)ProjectOf(Staging.Value)["gitRepository"]!)["repo"]);
    }

    [Theory]
    [InlineData("staging")]
    [InlineData("main")]
    public void The_release_pull_request_declares_nothing_and_points_at_staging(string branch)
    {
        var result = FixturePrograms.Preview(7, branch);

        Assert.Empty(result.Program!.Resources);
        Assert.Equal(new StringLit("https://staging.acme.test"), result.Program.FindOutput("previewUrl")!.Value);
        Assert.Contains(result.Diagnostics, d => d.Code == "INF205" && !d.IsError);
    }
}
