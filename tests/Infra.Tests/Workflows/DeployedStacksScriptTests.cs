using Infra.Tests.Support;
using Xunit;

namespace Infra.Tests.Workflows;

/// <summary>
/// .github/scripts/deployed-stacks.sh with a stand-in <c>pulumi</c>: it sets
/// <c>bootstrap.deployedStacks</c> to exactly the given stacks that exist, replacing any earlier
/// value, and a failing stack listing fails (never read as "no stack").
/// </summary>
public sealed class DeployedStacksScriptTests : IDisposable
{
    private readonly ScriptSandbox _sandbox = new("infra-deployed-stacks-");

    public DeployedStacksScriptTests() => _sandbox.StandIn("pulumi", """
        echo "$*" >> "$STUB/calls"
        case "$1 $2" in
          "stack ls") printf '%s' "$STACKS"; exit "$LS_EXIT" ;;
          "config get") exit "$GET_EXIT" ;;
          "config rm"|"config set") exit 0 ;;
        esac
        exit 9
        """);

    public void Dispose() => _sandbox.Dispose();

    private (int ExitCode, string[] Calls) Run(string stacks, int lsExit = 0, int getExit = 1)
    {
        var (code, _, _) = _sandbox.Run("deployed-stacks.sh", ["staging", "prod"], new Dictionary<string, string>
        {
            ["STACKS"] = stacks,
            ["LS_EXIT"] = lsExit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["GET_EXIT"] = getExit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        var calls = Path.Combine(_sandbox.Directory, "calls");
        return (code, File.Exists(calls) ? File.ReadAllLines(calls) : []);
    }

    [Fact]
    public void The_stacks_that_exist_are_set_in_order()
    {
        var (code, calls) = Run("""[{"name":"acme/acme-infra/prod","lastUpdate":"2026-11-30T10:00:00.000Z","resourceCount":12},{"name":"acme/acme-infra/staging","lastUpdate":"2026-11-30T09:00:00.000Z","resourceCount":12},{"name":"acme/acme-infra/bootstrap","lastUpdate":"2026-11-29T09:00:00.000Z","resourceCount":12}]""");

        Assert.Equal(0, code);
        Assert.Equal(
            ["config set --stack bootstrap --path bootstrap.deployedStacks[0] staging", "config set --stack bootstrap --path bootstrap.deployedStacks[1] prod"],
            calls.Where(c => c.StartsWith("config set", StringComparison.Ordinal)));
    }

    [Fact]
    public void Before_the_first_up_of_prod_only_staging_is_set_also_when_infra_secrets_created_prod()
    {
        var (code, calls) = Run("""[{"name":"staging","lastUpdate":"2026-11-30T09:00:00.000Z","resourceCount":12},{"name":"prod","lastUpdate":"2026-12-01T09:00:00Z","resourceCount":0},{"name":"bootstrap","lastUpdate":"2026-11-29T09:00:00.000Z","resourceCount":12}]""");

        Assert.Equal(0, code);
        Assert.Equal(["config set --stack bootstrap --path bootstrap.deployedStacks[0] staging"], calls.Where(c => c.StartsWith("config set", StringComparison.Ordinal)));
    }

    [Fact]
    public void An_earlier_value_is_replaced()
    {
        var (_, calls) = Run("""[{"name":"staging","lastUpdate":"2026-11-30T09:00:00.000Z","resourceCount":12}]""", getExit: 0);

        Assert.Contains("config rm --stack bootstrap --path bootstrap.deployedStacks", calls);
    }

    [Theory]
    [InlineData("bootstrap", "pulumi/actions@")]
    [InlineData("bootstrap-preview", "pulumi preview --stack bootstrap")]
    public void The_deploy_workflow_sets_the_deployed_stacks_before_it_reads_the_bootstrap_stack(string job, string bootstrapRun)
    {
        var steps = ((YamlDotNet.RepresentationModel.YamlSequenceNode)WorkflowFile.Load("deploy.yml").Job(job)["steps"]).Children
            .Select(st => (WorkflowFile.Scalar(st, "run") ?? "") + " " + (WorkflowFile.Scalar(st, "uses") ?? "")).ToList();
        var text = string.Join("\n", steps);

        var script = text.IndexOf(".github/scripts/deployed-stacks.sh staging prod", StringComparison.Ordinal);
        Assert.True(script >= 0 && script < text.IndexOf(bootstrapRun, StringComparison.Ordinal), $"{job}: deployed-stacks.sh must run before {bootstrapRun}");
    }

    [Fact]
    public void A_failing_stack_listing_fails()
    {
        var (code, calls) = Run("", lsExit: 1);

        Assert.NotEqual(0, code);
        Assert.DoesNotContain(calls, c => c.StartsWith("config set", StringComparison.Ordinal));
    }
}
