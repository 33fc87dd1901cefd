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

    private readonly ScriptSandbox _sandbox = new("infra-bootstrap-ready-");

    public BootstrapReadyScriptTests() => _sandbox.StandIn("pulumi", """
        [ "$1 $2 $3" = "stack ls --json" ] || exit 9
        printf '%s' "$STACKS"
        exit "$LS_EXIT"
        """);

    public void Dispose() => _sandbox.Dispose();

    private (int ExitCode, string Stdout, string Stderr) Run(string stacks, string stackFile, int lsExit = 0)
    {
        var file = Path.Combine(_sandbox.Directory, "Pulumi.bootstrap.yaml");
        File.WriteAllText(file, stackFile);
        return _sandbox.Run("bootstrap-ready.sh", [file], new Dictionary<string, string>
        {
            ["STACKS"] = stacks,
            ["LS_EXIT"] = lsExit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
    }

    [Theory]
    [InlineData("""[{"name":"acme/acme-infra/prod","lastUpdate":"2026-12-01T10:00:00Z","resourceCount":12}]""")]
    [InlineData("""[{"name":"acme/acme-infra/bootstrap"}]""")]
    [InlineData("""[{"name":"acme/acme-infra/bootstrap","lastUpdate":"2026-12-01T09:00:00Z","resourceCount":0}]""")]
    public void No_bootstrap_stack_deployed_yet_is_a_notice_and_no_update(string stacks)
    {
        // The second: infra secrets created it, the admin's first pulumi up has not run yet.
        var (code, stdout, stderr) = Run(stacks, "config:\n  github:token:\n" + Secure);

        Assert.Equal(0, code);
        Assert.Equal("deploy=false\n", stdout);
        Assert.Contains("::notice::", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_ready_stack_is_updated()
    {
        var (code, stdout, _) = Run("""[{"name":"acme/acme-infra/bootstrap","lastUpdate":"2026-12-01T10:00:00Z","resourceCount":12}]""", "config:\n  github:token:\n" + Secure);

        Assert.Equal(0, code);
        Assert.Equal("deploy=true\n", stdout);
    }

    [Theory]
    [InlineData("config:\n  github:owner: acme\n")]
    [InlineData("config:\n  github:token: ghp_plain\n")]
    [InlineData("config:\n  github:token:\n    secure: v1:cGxhY2Vob2xkZXI=:UkVQTEFDRS1XSVRILXB1bHVtaS1jb25maWctc2V0LS1zZWNyZXQ=\n")]
    public void A_missing_plain_or_placeholder_token_fails_with_the_command(string stackFile)
    {
        var (code, stdout, stderr) = Run("""[{"name":"bootstrap","lastUpdate":"2026-12-01T10:00:00Z","resourceCount":12}]""", stackFile);

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
