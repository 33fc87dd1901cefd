using Infra.Tests.Support;
using Xunit;

namespace Infra.Tests.Cli;

/// <summary>A pull request's stack as the workflow and a reviewer run it.</summary>
public sealed class PreviewStackCliTests
{
    private static string Golden => File.ReadAllText(Path.Combine(RepoPaths.Baselines, "pr-42.yaml"));

    [Fact]
    public void Synth_of_a_pr_stack_takes_the_head_branch_as_config()
    {
        var result = InfraProcess.Run(RepoPaths.Root, null, "synth", "pr-42", "--config", "pr.branch=feature/login");

        Assert.Equal("", result.Stderr);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Golden, result.Stdout);
    }

    [Fact]
    public void Compiler_mode_reads_the_branch_from_pulumi_config_and_the_rest_from_stagings_file()
    {
        var result = InfraProcess.Run(RepoPaths.Root, new Dictionary<string, string>
        {
            ["PULUMI_STACK"] = "example-org/luma-infra/pr-42",
            ["PULUMI_PROJECT"] = TestStacks.Project,
            ["PULUMI_CONFIG"] = "{\"luma-infra:pr\":\"{\\\"branch\\\":\\\"feature/login\\\"}\",\"vercel:apiToken\":\"tok-DO-NOT-PRINT\",\"vercel:team\":\"example-team\",\"aws:region\":\"us-east-1\"}",
        }, "compile");

        Assert.Equal("", result.Stderr);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Golden, result.Stdout);
    }

    [Fact]
    public void A_pr_stack_without_its_branch_is_one_error()
    {
        var result = InfraProcess.Run(RepoPaths.Root, null, "synth", "pr-42");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Contains("luma-infra:pr.branch: required setting is missing", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_config_pair_is_one_error()
    {
        var result = InfraProcess.Run(RepoPaths.Root, null, "synth", "prod", "--config", "no-equals-sign");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--config", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void A_config_pair_changes_one_setting_for_one_run()
    {
        var result = InfraProcess.Run(RepoPaths.Root, null, "diff", "prod", "prod", "--config", "neon.pgVersion=18");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("No change to the desired state.", result.Stdout, StringComparison.Ordinal);
        var synth = InfraProcess.Run(RepoPaths.Root, null, "synth", "prod", "-c", "neon.pgVersion=18");
        Assert.Contains("pgVersion: 18", synth.Stdout, StringComparison.Ordinal);
    }
}
