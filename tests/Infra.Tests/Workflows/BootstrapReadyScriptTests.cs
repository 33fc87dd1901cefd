using System.Diagnostics;
using Infra.Tests.Support;
using Xunit;

namespace Infra.Tests.Workflows;

/// <summary>
/// .github/scripts/bootstrap-ready.sh with a stand-in <c>pulumi</c> and its own stack files: no
/// bootstrap stack yet is a notice and no update; a stack without an encrypted github:token, with
/// placeholder secrets, or a failing stack listing fails.
/// </summary>
public sealed class BootstrapReadyScriptTests : IDisposable
{
    private const string Secure = "    secure: v1:c2FsdA==:Y2lwaGVydGV4dA==\n";

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "infra-bootstrap-ready-" + Guid.NewGuid().ToString("N"));

    public BootstrapReadyScriptTests()
    {
        Directory.CreateDirectory(_dir);
        var pulumi = Path.Combine(_dir, "pulumi");
        File.WriteAllText(pulumi, """
            #!/usr/bin/env bash
            [ "$1 $2 $3" = "stack ls --json" ] || exit 9
            printf '%s' "$STACKS"
            exit "$LS_EXIT"
            """);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(pulumi, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private (int ExitCode, string Stdout, string Stderr) Run(string stacks, string stackFile, int lsExit = 0)
    {
        var file = Path.Combine(_dir, "Pulumi.bootstrap.yaml");
        File.WriteAllText(file, stackFile);
        var info = new ProcessStartInfo(Path.Combine(RepoPaths.Root, ".github", "scripts", "bootstrap-ready.sh"), [file])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["PATH"] = _dir + ":" + Environment.GetEnvironmentVariable("PATH");
        info.Environment["STACKS"] = stacks;
        info.Environment["LS_EXIT"] = lsExit.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr);
    }

    [Fact]
    public void No_bootstrap_stack_yet_is_a_notice_and_no_update()
    {
        var (code, stdout, stderr) = Run("""[{"name":"acme/acme-infra/prod"}]""", "config:\n  github:token:\n" + Secure);

        Assert.Equal(0, code);
        Assert.Equal("deploy=false\n", stdout);
        Assert.Contains("::notice::", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_ready_stack_is_updated()
    {
        var (code, stdout, _) = Run("""[{"name":"acme/acme-infra/bootstrap"}]""", "config:\n  github:token:\n" + Secure);

        Assert.Equal(0, code);
        Assert.Equal("deploy=true\n", stdout);
    }

    [Theory]
    [InlineData("config:\n  github:owner: acme\n")]
    [InlineData("config:\n  github:token: ghp_plain\n")]
    [InlineData("config:\n  github:token:\n    secure: v1:cGxhY2Vob2xkZXI=:UkVQTEFDRS1XSVRILXB1bHVtaS1jb25maWctc2V0LS1zZWNyZXQ=\n")]
    public void A_missing_plain_or_placeholder_token_fails_with_the_command(string stackFile)
    {
        var (code, stdout, stderr) = Run("""[{"name":"bootstrap"}]""", stackFile);

        Assert.Equal(1, code);
        Assert.Equal("", stdout);
        Assert.Contains("pulumi config set --secret --stack bootstrap", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("ghp_plain", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failing_stack_listing_fails_rather_than_reading_as_no_stack()
    {
        var (code, stdout, _) = Run("", "config:\n  github:token:\n" + Secure, lsExit: 255);

        Assert.NotEqual(0, code);
        Assert.Equal("", stdout);
    }
}
