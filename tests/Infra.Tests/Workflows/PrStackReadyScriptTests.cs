using Infra.Tests.Support;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace Infra.Tests.Workflows;

/// <summary>
/// .github/scripts/pr-stack-ready.sh with stand-ins for <c>pulumi</c> and <c>./out/infra</c>: no pull
/// request stack before staging's first deploy (the setup's own pull request passes), one once staging
/// is deployed and the bootstrap stack made its key, and a clear failure when staging is deployed
/// without it. The PR stack workflow runs nothing else when it is not ready.
/// </summary>
public sealed class PrStackReadyScriptTests : IDisposable
{
    private const string Neon = "resources:\n  neon-project:\n    type: neon:index/project:Project\n";

    private readonly ScriptSandbox _sandbox = new("infra-pr-stack-ready-");

    public PrStackReadyScriptTests()
    {
        _sandbox.StandIn("pulumi", """
            [ "$1 $2 $3" = "stack ls --json" ] || exit 9
            printf '%s' "$STACKS"
            """);
        Directory.CreateDirectory(Path.Combine(_sandbox.Directory, "out"));
        _sandbox.StandIn("out/infra", """
            [ "$1 $2" = "synth staging" ] || exit 9
            printf '%s\n' "$PROGRAM"
            """);
        // The script hands over to preview-ready.sh by its repository path.
        Directory.CreateDirectory(Path.Combine(_sandbox.Directory, ".github", "scripts"));
        File.CreateSymbolicLink(Path.Combine(_sandbox.Directory, ".github", "scripts", "preview-ready.sh"), Path.Combine(RepoPaths.Root, ".github", "scripts", "preview-ready.sh"));
    }

    public void Dispose() => _sandbox.Dispose();

    private (int ExitCode, string Stdout, string Stderr) Run(string key, string stacks) =>
        _sandbox.Run("pr-stack-ready.sh", [], new Dictionary<string, string> { ["NEON_API_KEY"] = key, ["PROGRAM"] = Neon, ["STACKS"] = stacks });

    [Theory]
    [InlineData("[]")]
    [InlineData("""[{"name":"acme/acme-infra/staging"}]""")]
    [InlineData("""[{"name":"acme/acme-infra/staging","lastUpdate":"2026-12-01T09:00:00Z","resourceCount":0}]""")]
    public void Before_stagings_first_deploy_no_stack_is_brought_up_and_the_job_passes(string stacks)
    {
        var (code, stdout, stderr) = Run("", stacks);

        Assert.Equal(0, code);
        Assert.Equal("ready=false\n", stdout);
        Assert.Contains("::notice::staging is not deployed yet", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Once_staging_is_deployed_its_key_brings_the_stack_up_and_its_absence_fails()
    {
        const string deployed = """[{"name":"acme/acme-infra/staging","lastUpdate":"2026-12-01T10:00:00Z","resourceCount":12}]""";
        Assert.Equal(("ready=true\n", 0), (Run("pr-key", deployed).Stdout, Run("pr-key", deployed).ExitCode));

        var (code, _, stderr) = Run("", deployed);
        Assert.Equal(1, code);
        Assert.Contains("::error::NEON_PR_API_KEY is not set, but staging is deployed", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_workflow_runs_nothing_of_the_stack_when_it_is_not_ready()
    {
        var steps = ((YamlSequenceNode)WorkflowFile.Load("pr-stack.yml").Job("up")["steps"]).Children.Cast<YamlMappingNode>().ToList();
        var check = steps.FindIndex(st => (WorkflowFile.Scalar(st, "run") ?? "").Contains(".github/scripts/pr-stack-ready.sh", StringComparison.Ordinal));

        Assert.True(check > 0, "pr-stack.yml's up job must run pr-stack-ready.sh");
        Assert.Equal("ready", WorkflowFile.Scalar(steps[check], "id"));
        Assert.All(steps.Skip(check + 1), st => Assert.Equal("steps.ready.outputs.ready == 'true'", WorkflowFile.Scalar(st, "if")));
    }

    [Fact]
    public void Before_prods_first_deploy_the_approvers_see_its_plan()
    {
        var steps = ((YamlSequenceNode)WorkflowFile.Load("deploy.yml").Job("prod-preview")["steps"]).Children.Cast<YamlMappingNode>().ToList();

        Assert.Contains(steps, st => WorkflowFile.Scalar(st, "if") == "steps.ready.outputs.ready != 'true'"
            && (WorkflowFile.Scalar(st, "run") ?? "").Contains("./out/infra plan prod", StringComparison.Ordinal)
            && (WorkflowFile.Scalar(st, "run") ?? "").Contains("$GITHUB_STEP_SUMMARY", StringComparison.Ordinal));
    }
}
