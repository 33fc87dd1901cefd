using Infra.Stacks.Cli;
using Infra.Tests.Support;
using Xunit;

namespace Infra.Tests.Cli;

/// <summary>
/// <c>infra adopt-compute</c> on the tests' own project with a stand-in pulumi: the deployed stack's
/// output <c>neonComputeId</c> becomes its <c>neon.computeId</c> through <c>pulumi config set --path</c>.
/// </summary>
public sealed class AdoptComputeCommandTests : IDisposable
{
    private readonly FixtureProject _project = new();
    private readonly ScriptSandbox _sandbox = new("infra-adopt-");

    public AdoptComputeCommandTests() =>
        _sandbox.StandIn("pulumi", $$"""
            echo "$*" >> '{{Calls}}'
            if [ "$1 $2" = "stack output" ]; then
              [ -n "${NOT_DEPLOYED:-}" ] && { echo "error: no stack named 'prod' found" >&2; exit 255; }
              echo "\"${COMPUTE_ID:-cool-sun-12345678/ep-quiet-lake-12345678}\""
            fi
            exit 0
            """);

    private string Calls => Path.Combine(_sandbox.Directory, "calls.log");

    public void Dispose()
    {
        _project.Dispose();
        _sandbox.Dispose();
    }

    private Dictionary<string, string> Environment(params (string Key, string Value)[] values) => _sandbox.EnvironmentWith(values);

    [Fact]
    public void The_output_becomes_the_setting_through_pulumi_config_set_path()
    {
        var result = InfraProcess.Run(_project.Directory, Environment(), "adopt-compute", "prod");

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Equal(
            ["stack output neonComputeId --json --stack prod --non-interactive",
             "config set --path --stack prod acme-infra:neon.computeId cool-sun-12345678/ep-quiet-lake-12345678 --non-interactive"],
            File.ReadAllLines(Calls));
        Assert.Contains("prod: neon.computeId: cool-sun-12345678/ep-quiet-lake-12345678; commit Pulumi.prod.yaml", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void An_adopted_stack_is_left_alone()
    {
        File.WriteAllText(_project.StackFilePath("prod"), _project.StackFileText("prod").Replace("  acme-infra:neon:\n", "  acme-infra:neon:\n    computeId: cool-sun-12345678/ep-quiet-lake-12345678\n", StringComparison.Ordinal));

        var result = InfraProcess.Run(_project.Directory, Environment(), "adopt-compute", "prod");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("prod: already adopted", result.Stdout, StringComparison.Ordinal);
        Assert.False(File.Exists(Calls));

        // After a restore made another branch the default, --again writes the new compute.
        var again = InfraProcess.Run(_project.Directory, Environment(("COMPUTE_ID", "cool-sun-12345678/ep-bold-hill-87654321")), "adopt-compute", "--again", "prod");
        Assert.True(again.ExitCode == 0, again.Stderr);
        Assert.Contains("config set --path --stack prod acme-infra:neon.computeId cool-sun-12345678/ep-bold-hill-87654321 --non-interactive", File.ReadAllLines(Calls));
    }

    [Theory]
    [InlineData("NOT_DEPLOYED", "1", "is the stack deployed")]
    [InlineData("COMPUTE_ID", "not-a-compute", "has no output neonComputeId (<project id>/<endpoint id>)")]
    public void A_stack_without_a_compute_output_is_one_line_and_nothing_is_set(string variable, string value, string message)
    {
        var result = InfraProcess.Run(_project.Directory, Environment((variable, value)), "adopt-compute", "prod");

        Assert.Equal(ExitCodes.ProgramErrors, result.ExitCode);
        Assert.Contains(message, Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.DoesNotContain(File.ReadAllLines(Calls), l => l.StartsWith("config set", StringComparison.Ordinal));
    }

    [Fact]
    public void The_bootstrap_stack_is_no_app_stack()
    {
        File.WriteAllText(_project.StackFilePath("bootstrap"), BootstrapFixture.StackFile);

        var result = InfraProcess.Run(_project.Directory, Environment(), "adopt-compute", "bootstrap");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("stack bootstrap: is not an app stack", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void A_stack_without_neon_or_settings_is_bad_input()
    {
        var result = InfraProcess.Run(_project.Directory, Environment(), "adopt-compute", "qa");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("Pulumi.qa.yaml not found", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }
}
