using Infra.Tests.Support;
using Xunit;

namespace Infra.Tests.Workflows;

/// <summary>
/// .github/scripts/replacement-check.sh with a stand-in <c>head/out/infra</c>: each stack is checked
/// against the base branch's program, but a base never deployed from here (another project, as on a
/// fork's first pull request, or placeholder secrets) is checked alone, so the setup's pull request
/// is not refused for replacing the example app's database; a failing check fails the script.
/// </summary>
public sealed class ReplacementCheckScriptTests : IDisposable
{
    private const string Placeholder = "config:\n  x:SECRET:\n    secure: v1:cGxhY2Vob2xkZXI=:UkVQTEFDRS1XSVRILXB1bHVtaS1jb25maWctc2V0LS1zZWNyZXQ=\n";

    private readonly ScriptSandbox _sandbox = new("infra-replacement-check-");

    public ReplacementCheckScriptTests()
    {
        foreach (var side in new[] { "head", "base" })
        {
            Directory.CreateDirectory(Path.Combine(_sandbox.Directory, side));
        }

        Directory.CreateDirectory(Path.Combine(_sandbox.Directory, "head", "out"));
        _sandbox.StandIn("head/out/infra", """
            echo "$*" >> "$STUB/calls"
            exit "${CHECK_EXIT:-0}"
            """);
    }

    public void Dispose() => _sandbox.Dispose();

    private (int ExitCode, string[] Calls, string Stderr) Run(string baseProject, string? baseStackFile = null, int checkExit = 0)
    {
        File.WriteAllText(Path.Combine(_sandbox.Directory, "head", "Pulumi.yaml"), "name: shop-infra\nruntime: yaml\n");
        File.WriteAllText(Path.Combine(_sandbox.Directory, "base", "Pulumi.yaml"), $"name: {baseProject}\nruntime: yaml\n");
        if (baseStackFile is not null)
        {
            File.WriteAllText(Path.Combine(_sandbox.Directory, "base", "Pulumi.prod.yaml"), baseStackFile);
        }

        var (code, _, stderr) = _sandbox.Run("replacement-check.sh", ["prod"], new Dictionary<string, string> { ["CHECK_EXIT"] = checkExit.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var calls = Path.Combine(_sandbox.Directory, "calls");
        return (code, File.Exists(calls) ? File.ReadAllLines(calls) : [], stderr);
    }

    [Fact]
    public void A_deployed_base_of_the_same_project_is_the_base_of_the_check()
    {
        var (code, calls, _) = Run("shop-infra", "config:\n  shop-infra:app: shop\n");

        Assert.Equal(0, code);
        Assert.Equal($"check prod -C head --base {_sandbox.Directory}/diff/base-prod.yaml", Assert.Single(calls));
    }

    [Theory]
    [InlineData("luma-infra", null, "nothing deployed from here")]
    [InlineData("shop-infra", Placeholder, "placeholder secrets")]
    public void A_base_never_deployed_from_here_is_not_compared(string baseProject, string? stackFile, string notice)
    {
        var (code, calls, stderr) = Run(baseProject, stackFile);

        Assert.Equal(0, code);
        Assert.Equal("check prod -C head", Assert.Single(calls));
        Assert.Contains(notice, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failing_check_fails_the_script() =>
        Assert.Equal(1, Run("shop-infra", "config:\n  shop-infra:app: shop\n", checkExit: 1).ExitCode);
}
