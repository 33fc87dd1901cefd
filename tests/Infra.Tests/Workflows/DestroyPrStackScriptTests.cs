using System.Diagnostics;
using Infra.Tests.Support;
using Xunit;

namespace Infra.Tests.Workflows;

/// <summary>
/// .github/scripts/destroy-pr-stack.sh with a stand-in <c>pulumi</c>: only "no such stack" (exit 6)
/// is nothing to do; any other failure fails, and nothing is destroyed then.
/// </summary>
public sealed class DestroyPrStackScriptTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "infra-destroy-" + Guid.NewGuid().ToString("N"));

    public DestroyPrStackScriptTests()
    {
        Directory.CreateDirectory(_dir);
        var pulumi = Path.Combine(_dir, "pulumi");
        File.WriteAllText(pulumi, """
            #!/usr/bin/env bash
            echo "pulumi $*" >> "$STUB/calls"
            case "$1 $2" in
              "stack select") exit "$SELECT_EXIT" ;;
            esac
            exit 0
            """);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(pulumi, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private (int ExitCode, string Calls) Run(int selectExit)
    {
        var info = new ProcessStartInfo(Path.Combine(RepoPaths.Root, ".github", "scripts", "destroy-pr-stack.sh"), ["pr-42"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["PATH"] = _dir + ":" + Environment.GetEnvironmentVariable("PATH");
        info.Environment["STUB"] = _dir;
        info.Environment["SELECT_EXIT"] = selectExit.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var process = Process.Start(info)!;
        process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        var calls = Path.Combine(_dir, "calls");
        return (process.ExitCode, File.Exists(calls) ? File.ReadAllText(calls) : "");
    }

    [Fact]
    public void A_missing_stack_is_nothing_to_do()
    {
        var (code, calls) = Run(selectExit: 6);

        Assert.Equal(0, code);
        Assert.DoesNotContain("destroy", calls, StringComparison.Ordinal);
    }

    [Fact]
    public void Any_other_failure_to_select_fails_and_destroys_nothing()
    {
        var (code, calls) = Run(selectExit: 3);

        Assert.Equal(3, code);
        Assert.DoesNotContain("destroy", calls, StringComparison.Ordinal);
    }

    [Fact]
    public void An_existing_stack_is_destroyed_then_removed()
    {
        var (code, calls) = Run(selectExit: 0);

        Assert.Equal(0, code);
        Assert.Contains("pulumi destroy --stack pr-42 --yes --non-interactive\npulumi stack rm pr-42 --yes --non-interactive", calls, StringComparison.Ordinal);
    }
}
