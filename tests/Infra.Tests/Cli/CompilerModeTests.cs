using Infra.Tests.Support;
using Xunit;

namespace Infra.Tests.Cli;

/// <summary>The compiler contract, run as Pulumi runs it: a process, stdout the program, stderr only on failure.</summary>
public sealed class CompilerModeTests
{
    private const string Secret = "vercel_tok_7f3a9c1e-DO-NOT-PRINT";

    private static Dictionary<string, string> Env(string stack, IReadOnlyDictionary<string, string>? extra = null) => new()
    {
        ["PULUMI_STACK"] = stack,
        ["PULUMI_PROJECT"] = TestStacks.Project,
        ["PULUMI_ORGANIZATION"] = "example-org",
        ["PULUMI_CONFIG"] = PulumiConfigJson.FromStackFile(File.ReadAllText(Path.Combine(RepoPaths.Root, $"Pulumi.{stack}.yaml")), extra),
    };

    private static string BaselineText(string name) => File.ReadAllText(Path.Combine(RepoPaths.Baselines, name));

    [Theory]
    [InlineData("prod")]
    [InlineData("staging")]
    public void Compile_prints_the_same_program_as_synth_from_pulumi_config(string stack)
    {
        var result = InfraProcess.Run(RepoPaths.Root, Env(stack), "compile");

        Assert.Equal("", result.Stderr);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(BaselineText($"{stack}.yaml"), result.Stdout);
    }

    [Fact]
    public void Without_arguments_a_set_pulumi_stack_means_compiler_mode_and_a_qualified_name_is_cut_at_the_last_slash()
    {
        var env = Env("prod");
        env["PULUMI_STACK"] = "example-org/luma-infra/prod";

        var result = InfraProcess.Run(RepoPaths.Root, env);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(BaselineText("prod.yaml"), result.Stdout);
    }

    [Fact]
    public void The_pass_without_pulumi_variables_prints_a_program_with_the_same_pinned_providers()
    {
        var result = InfraProcess.Run(RepoPaths.Root, null, "compile");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stderr);
        Assert.Equal(BaselineText("discovery.yaml"), result.Stdout);
    }

    [Fact]
    public void Secret_config_values_never_reach_stdout()
    {
        var result = InfraProcess.Run(RepoPaths.Root, Env("prod", new Dictionary<string, string>
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
        var result = InfraProcess.Run(RepoPaths.Root, Env("prod", new Dictionary<string, string> { ["luma-infra:apiTokne"] = Secret }), "compile");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Contains("luma-infra:apiTokne", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_settings_in_pulumi_config_give_exit_2_one_line_each_and_nothing_on_stdout()
    {
        var env = Env("prod", new Dictionary<string, string>
        {
            ["luma-infra:domain"] = "https://learn.example.com",
            ["luma-infra:neon"] = "{\"plan\":\"scale\",\"apiKeyType\":\"organization\",\"historyRetentionDays\":\"0\",\"pgVersion\":\"latest\"}",
        });

        var result = InfraProcess.Run(RepoPaths.Root, env, "compile");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Equal(3, result.ErrorLines.Length);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stack_with_no_settings_in_pulumi_config_is_one_error()
    {
        var result = InfraProcess.Run(RepoPaths.Root, new Dictionary<string, string>
        {
            ["PULUMI_STACK"] = "qa",
            ["PULUMI_PROJECT"] = TestStacks.Project,
            ["PULUMI_CONFIG"] = "{\"vercel:team\":\"x\"}",
        }, "compile");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Contains("stack qa", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }
}
