using Infra.Tests.Support;
using Xunit;

namespace Infra.Tests.Workflows;

/// <summary>
/// .github/scripts/destroy-pr-stack.sh with a stand-in <c>pulumi</c>: only "no such stack" (exit 6)
/// is nothing to do; any other failure fails, and nothing is destroyed then.
/// </summary>
public sealed class DestroyPrStackScriptTests : IDisposable
{
    private readonly ScriptSandbox _sandbox = new("infra-destroy-");

    public DestroyPrStackScriptTests() => _sandbox.StandIn("pulumi", """
        echo "pulumi $*" >> "$STUB/calls"
        case "$1 $2" in
          "stack select") exit "$SELECT_EXIT" ;;
        esac
        exit 0
        """);

    public void Dispose() => _sandbox.Dispose();

    private (int ExitCode, string Calls) Run(int selectExit)
    {
        var (code, _, _) = _sandbox.Run("destroy-pr-stack.sh", ["pr-42"], new Dictionary<string, string>
        {
            ["SELECT_EXIT"] = selectExit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        var calls = Path.Combine(_sandbox.Directory, "calls");
        return (code, File.Exists(calls) ? File.ReadAllText(calls) : "");
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
