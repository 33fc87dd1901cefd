using Infra.Stacks.Cli;
using Infra.Tests.Support;
using Xunit;

namespace Infra.Tests.Cli;

/// <summary><c>check</c>, <c>graph</c> and <c>docs</c>: reports generated from the program.</summary>
public sealed class ReportCommandTests
{
    [Fact]
    public void Check_passes_the_repositorys_stacks()
    {
        var result = InfraProcess.Run(RepoPaths.Root, null, "check", "prod");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("ok   POL001", result.Stdout, StringComparison.Ordinal);
        Assert.EndsWith("check prod: 3 policies, 0 error(s), 0 warning(s)\n", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_fails_with_exit_1_on_a_policy_error_and_synth_refuses_the_program()
    {
        var check = InfraProcess.Run(RepoPaths.Root, null, "check", "prod", "--config", "protect=false");
        var synth = InfraProcess.Run(RepoPaths.Root, null, "synth", "prod", "--config", "protect=false");

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
        var result = InfraProcess.Run(RepoPaths.Root, null, "graph", "prod");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("flowchart LR\n", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("  vercel_env_database_url --> neon_project\n", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("  r2_secret_access_key --> r2_token\n", result.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("prod")]
    [InlineData("staging")]
    public void The_committed_inventory_is_the_programs(string stack)
    {
        var path = Path.Combine(RepoPaths.Root, "docs", "inventory", $"{stack}.md");
        var inventory = InventoryDocument.Render(TestStacks.Program(stack), stack);
        if (Environment.GetEnvironmentVariable(Baseline.UpdateVariable) == "1")
        {
            File.WriteAllText(path, inventory);
        }

        Assert.True(File.Exists(path) && File.ReadAllText(path) == inventory,
            $"docs/inventory/{stack}.md is out of date: run the tests with {Baseline.UpdateVariable}=1 (or infra docs {stack} > docs/inventory/{stack}.md)");
        Assert.Equal(inventory, InfraProcess.Run(RepoPaths.Root, null, "docs", stack).Stdout);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("graph")]
    [InlineData("docs")]
    public void The_report_verbs_have_help(string verb)
    {
        var result = InfraProcess.Run(RepoPaths.Root, null, verb, "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage:", result.Stdout, StringComparison.Ordinal);
    }
}
