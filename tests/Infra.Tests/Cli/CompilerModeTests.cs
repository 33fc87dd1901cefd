using Infra.Tests.Support;
using Xunit;

namespace Infra.Tests.Cli;

/// <summary>
/// The compiler contract, run as Pulumi runs it in a project of the tests' own
/// (<see cref="FixtureProject"/>): a process, stdout the program, stderr only on failure.
/// </summary>
public sealed class CompilerModeTests : IDisposable
{
    private const string Ns = FixtureProject.Name;

    private readonly FixtureProject _project = new();

    public void Dispose() => _project.Dispose();

    private const string Secret = "vercel_tok_7f3a9c1e-DO-NOT-PRINT";

    private Dictionary<string, string> Env(string stack, IReadOnlyDictionary<string, string>? extra = null) => new()
    {
        ["PULUMI_STACK"] = stack,
        ["PULUMI_PROJECT"] = Ns,
        ["PULUMI_ORGANIZATION"] = "acme",
        ["PULUMI_CONFIG"] = PulumiConfigJson.FromStackFile(_project.StackFileText(stack), extra),
    };

    [Theory]
    [InlineData("prod")]
    [InlineData("staging")]
    public void Compile_prints_the_same_program_as_synth_from_pulumi_config(string stack)
    {
        var result = InfraProcess.Run(_project.Directory, Env(stack), "compile");

        Assert.Equal("", result.Stderr);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(FixturePrograms.Synth(stack), result.Stdout);
    }

    [Fact]
    public void Without_arguments_a_set_pulumi_stack_means_compiler_mode_and_a_qualified_name_is_cut_at_the_last_slash()
    {
        var env = Env("prod");
        env["PULUMI_STACK"] = $"acme/{Ns}/prod";

        var result = InfraProcess.Run(_project.Directory, env);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(FixturePrograms.Synth("prod"), result.Stdout);
    }

    [Fact]
    public void The_pass_without_pulumi_variables_prints_a_program_with_the_same_pinned_providers()
    {
        var result = InfraProcess.Run(_project.Directory, null, "compile");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stderr);
        Assert.Equal(FixturePrograms.Discovery(), result.Stdout);
    }

    [Fact]
    public void Secret_config_values_never_reach_stdout()
    {
        var result = InfraProcess.Run(_project.Directory, Env("prod", new Dictionary<string, string>
        {
            ["vercel:apiToken"] = Secret,
            ["neon:apiKey"] = Secret + "-neon",
        }), "compile");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain(Secret, result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("DO-NOT-PRINT", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_secret_under_a_mistyped_key_of_ours_is_refused_without_echoing_it()
    {
        var result = InfraProcess.Run(_project.Directory, Env("prod", new Dictionary<string, string> { [$"{Ns}:apiTokne"] = Secret }), "compile");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Contains($"{Ns}:apiTokne", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_settings_in_pulumi_config_give_exit_2_one_line_each_and_nothing_on_stdout()
    {
        var env = Env("prod", new Dictionary<string, string>
        {
            [$"{Ns}:domain"] = "https://app.acme.test",
            [$"{Ns}:neon"] = "{\"plan\":\"scale\",\"apiKeyType\":\"organization\",\"historyRetentionDays\":\"0\",\"pgVersion\":\"latest\"}",
        });

        var result = InfraProcess.Run(_project.Directory, env, "compile");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Equal(3, result.ErrorLines.Length);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stack_with_no_settings_in_pulumi_config_is_one_error()
    {
        var result = InfraProcess.Run(_project.Directory, new Dictionary<string, string>
        {
            ["PULUMI_STACK"] = "qa",
            ["PULUMI_PROJECT"] = Ns,
            ["PULUMI_CONFIG"] = "{\"vercel:team\":\"x\"}",
        }, "compile");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Contains("stack qa", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }
}
