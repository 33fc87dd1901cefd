using Infra.Tests.Support;
using Xunit;

namespace Infra.Tests.Cli;

/// <summary>The offline desired-state diff, as the pull-request workflow runs it: no credentials, no Pulumi.</summary>
public sealed class DiffCommandTests
{
    [Fact]
    public void Two_synthesized_files_are_compared_without_credentials()
    {
        var dir = Directory.CreateTempSubdirectory("infra-diff-").FullName;
        var before = Path.Combine(dir, "before.yaml");
        var after = Path.Combine(dir, "after.yaml");
        File.Copy(Path.Combine(RepoPaths.Baselines, "prod.yaml"), before);
        File.Copy(Path.Combine(RepoPaths.Baselines, "prod-betterstack.yaml"), after);

        var result = InfraProcess.Run(dir, null, "diff", before, after, "--title", "prod: base -> pull request");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stderr);
        Assert.StartsWith("### prod: base -> pull request", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("+ uptime-home-monitor (better-uptime:index/monitor:Monitor)", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("- uptime-home-check (aws:route53/healthCheck:HealthCheck)", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_stacks_are_compared_by_name()
    {
        var result = InfraProcess.Run(RepoPaths.FixtureProject, null, "diff", "staging", "prod");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("-     properties.name: orbit-staging", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("+     properties.name: orbit", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("v1:", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_one_error_with_exit_2()
    {
        var result = InfraProcess.Run(RepoPaths.FixtureProject, null, "diff", "nope/base.yaml", "prod");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Contains("nope/base.yaml: file not found", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }
}
