using Infra.Stacks.Cli;
using Infra.Tests.Support;
using Xunit;

namespace Infra.Tests.Cli;

/// <summary>
/// <c>check</c>, <c>graph</c> and <c>docs</c>: reports generated from the program, run in the tests' own
/// project (<see cref="RepoPaths.FixtureProject"/>). RepositoryStacksTests holds the root's committed inventories to their stacks.
/// </summary>
public sealed class ReportCommandTests
{
    [Fact]
    public void Check_passes_the_full_fixtures_stacks()
    {
        var result = InfraProcess.Run(RepoPaths.FixtureProject, null, "check", "prod");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("ok   POL001", result.Stdout, StringComparison.Ordinal);
        Assert.EndsWith("check prod: 3 policies, 0 error(s), 0 warning(s)\n", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_fails_with_exit_1_on_a_policy_error_and_synth_refuses_the_program()
    {
        var check = InfraProcess.Run(RepoPaths.FixtureProject, null, "check", "prod", "--config", "protect=false");
        var synth = InfraProcess.Run(RepoPaths.FixtureProject, null, "synth", "prod", "--config", "protect=false");

        Assert.Equal(1, check.ExitCode);
        Assert.Contains("FAIL POL001", check.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, synth.ExitCode);
        Assert.Equal("", synth.Stdout);
        Assert.Equal(10, synth.ErrorLines.Length);
        Assert.All(synth.ErrorLines, l => Assert.StartsWith("error POL001: ", l, StringComparison.Ordinal));
    }

    [Fact]
    public void Graph_draws_an_edge_for_each_reference()
    {
        var result = InfraProcess.Run(RepoPaths.FixtureProject, null, "graph", "prod");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("flowchart LR\n", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("  vercel_env_database_url --> neon_project\n", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("  r2_secret_access_key --> r2_token\n", result.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("prod")]
    [InlineData("staging")]
    public void The_inventory_of_a_stack_matches_its_baseline_and_is_what_docs_prints(string stack)
    {
        var inventory = InventoryDocument.Render(TestStacks.Program(stack), stack);

        Baseline.Match($"inventory-{stack}.md", inventory);
        Assert.Equal(inventory, InfraProcess.Run(RepoPaths.FixtureProject, null, "docs", stack).Stdout);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("graph")]
    [InlineData("docs")]
    public void The_report_verbs_have_help(string verb)
    {
        var result = InfraProcess.Run(RepoPaths.FixtureProject, null, verb, "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage:", result.Stdout, StringComparison.Ordinal);
    }
}
