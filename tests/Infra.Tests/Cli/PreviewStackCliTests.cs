using Infra.Tests.Support;
using Xunit;

namespace Infra.Tests.Cli;

/// <summary>A pull request's stack as the workflow and a reviewer run it, in a project of the tests' own.</summary>
public sealed class PreviewStackCliTests : IDisposable
{
    private const string Ns = FixtureProject.Name;

    private readonly FixtureProject _project = new();

    private static string Golden => FixturePrograms.SynthPreview(42, "feature/login");

    public void Dispose() => _project.Dispose();

    [Fact]
    public void Synth_of_a_pr_stack_takes_the_head_branch_as_config()
    {
        var result = InfraProcess.Run(_project.Directory, null, "synth", "pr-42", "--config", "pr.branch=feature/login");

        Assert.Equal("", result.Stderr);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Golden, result.Stdout);
    }

    [Fact]
    public void Compiler_mode_reads_the_branch_from_pulumi_config_and_the_rest_from_stagings_file()
    {
        var result = InfraProcess.Run(_project.Directory, new Dictionary<string, string>
        {
            ["PULUMI_STACK"] = $"acme/{Ns}/pr-42",
            ["PULUMI_PROJECT"] = Ns,
            ["PULUMI_CONFIG"] = PulumiConfigJson.FromStackFile(
                $"config:\n  {Ns}:pr:\n    branch: feature/login\n",
                FixtureProject.PlainProviderConfig.Concat(FixtureProject.SecretProviderKeys.Select(k => KeyValuePair.Create(k, PulumiConfigJson.DecryptedValue(k)))).ToDictionary()),
        }, "compile");

        Assert.Equal("", result.Stderr);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Golden, result.Stdout);
    }

    [Fact]
    public void A_pr_stack_without_its_branch_is_one_error()
    {
        var result = InfraProcess.Run(_project.Directory, null, "synth", "pr-42");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Contains($"{Ns}:pr.branch: required setting is missing", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_config_pair_is_one_error()
    {
        var result = InfraProcess.Run(_project.Directory, null, "synth", "prod", "--config", "no-equals-sign");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--config", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void A_config_pair_changes_one_setting_for_one_run()
    {
        var result = InfraProcess.Run(_project.Directory, null, "diff", "prod", "prod", "--config", "neon.pgVersion=18");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("No change to the desired state.", result.Stdout, StringComparison.Ordinal);
        var synth = InfraProcess.Run(_project.Directory, null, "synth", "prod", "-c", "neon.pgVersion=18");
        Assert.Contains("pgVersion: 18", synth.Stdout, StringComparison.Ordinal);
    }
}
