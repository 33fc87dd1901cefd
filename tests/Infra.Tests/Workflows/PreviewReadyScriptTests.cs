using Infra.Tests.Support;
using Xunit;

namespace Infra.Tests.Workflows;

/// <summary>
/// .github/scripts/preview-ready.sh with stand-ins for <c>pulumi</c> and <c>./out/infra</c>: a preview
/// (or drift check) runs when the stack's scoped Neon key is set or its program has no Neon; before
/// the stack's first deploy a missing key skips it with a notice; a deployed stack without its key fails.
/// </summary>
public sealed class PreviewReadyScriptTests : IDisposable
{
    private readonly ScriptSandbox _sandbox = new("infra-preview-ready-");

    public PreviewReadyScriptTests()
    {
        _sandbox.StandIn("pulumi", """
            [ "$1 $2 $3" = "stack ls --json" ] || exit 9
            printf '%s' "$STACKS"
            exit "$LS_EXIT"
            """);
        Directory.CreateDirectory(Path.Combine(_sandbox.Directory, "out"));
        _sandbox.StandIn("out/infra", """
            [ "$1" = synth ] || exit 9
            printf '%s\n' "$PROGRAM"
            """);
    }

    public void Dispose() => _sandbox.Dispose();

    private (int ExitCode, string Stdout, string Stderr) Run(string key, string program, string stacks, int lsExit = 0, string missingKey = "") =>
        _sandbox.Run("preview-ready.sh", ["prod"], new Dictionary<string, string>
        {
            ["NEON_API_KEY"] = key,
            ["PROGRAM"] = program,
            ["STACKS"] = stacks,
            ["LS_EXIT"] = lsExit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["MISSING_KEY"] = missingKey,
        });

    private const string Neon = "resources:\n  neon-project:\n    type: neon:index/project:Project\n";

    private const string Deployed = """[{"name":"acme/acme-infra/prod","lastUpdate":"2026-12-01T10:00:00Z","resourceCount":90}]""";

    [Fact]
    public void With_its_key_it_previews()
    {
        var (code, stdout, _) = Run("neon-key", Neon, Deployed);

        Assert.Equal(0, code);
        Assert.Equal("ready=true\n", stdout);
    }

    [Fact]
    public void A_stack_without_neon_needs_no_key() =>
        Assert.Equal("ready=true\n", Run("", "resources:\n  vercel-project:\n    type: vercel:index/project:Project\n", "[]").Stdout);

    [Theory]
    [InlineData("""[{"name":"acme/acme-infra/prod"}]""")]
    // As `stack init` with a secrets provider leaves it (infra secrets): a first state with a time, no resource.
    [InlineData("""[{"name":"acme/acme-infra/prod","lastUpdate":"2026-12-01T09:00:00Z","resourceCount":0}]""")]
    public void Before_the_first_deploy_a_missing_key_skips_with_a_notice(string stacks)
    {
        var (code, stdout, stderr) = Run("", Neon, stacks);

        Assert.Equal(0, code);
        Assert.Equal("ready=false\n", stdout);
        Assert.Contains("::notice::", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deployed_stack_without_its_key_fails_with_the_fix()
    {
        var (code, stdout, stderr) = Run("", Neon, Deployed);

        Assert.Equal(1, code);
        Assert.Equal("", stdout);
        Assert.Contains("NEON_PREVIEW_API_KEY_PROD is not set", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Where_a_fix_must_still_merge_a_deployed_stack_without_its_key_warns_and_skips()
    {
        var (code, stdout, stderr) = Run("", Neon, Deployed, missingKey: "warn");

        Assert.Equal(0, code);
        Assert.Equal("ready=false\n", stdout);
        Assert.Contains("::warning::NEON_PREVIEW_API_KEY_PROD is not set", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("preview.yml", "preview", "warn")]
    [InlineData("deploy.yml", "prod-preview", "warn")]
    [InlineData("drift.yml", "drift", null)]
    public void Previews_warn_and_drift_fails_on_a_missing_key(string workflow, string job, string? mode)
    {
        var steps = ((YamlDotNet.RepresentationModel.YamlSequenceNode)WorkflowFile.Load(workflow).Job(job)["steps"]).Children;
        var check = steps.Single(st => (WorkflowFile.Scalar(st, "run") ?? "").Contains(".github/scripts/preview-ready.sh", StringComparison.Ordinal));

        Assert.Equal(mode, WorkflowFile.Get(check, "env") is { } env ? WorkflowFile.Scalar(env, "MISSING_KEY") : null);
    }

    [Fact]
    public void A_failing_stack_listing_fails() =>
        Assert.NotEqual(0, Run("", Neon, "", lsExit: 1).ExitCode);

    [Theory]
    [InlineData("preview.yml", "preview", "pulumi/actions@")]
    [InlineData("deploy.yml", "prod-preview", "pulumi preview --stack prod")]
    [InlineData("drift.yml", "drift", "pulumi refresh --stack")]
    public void The_workflows_check_before_they_preview(string workflow, string job, string preview)
    {
        var steps = ((YamlDotNet.RepresentationModel.YamlSequenceNode)WorkflowFile.Load(workflow).Job(job)["steps"]).Children.ToList();
        var check = steps.FindIndex(st => (WorkflowFile.Scalar(st, "run") ?? "").Contains(".github/scripts/preview-ready.sh", StringComparison.Ordinal));
        var run = steps.FindIndex(st => ((WorkflowFile.Scalar(st, "run") ?? "") + (WorkflowFile.Scalar(st, "uses") ?? "")).Contains(preview, StringComparison.Ordinal));

        Assert.True(check >= 0 && check < run, $"{workflow} {job}: preview-ready.sh must run before the preview");
        Assert.EndsWith("steps.ready.outputs.ready == 'true'", WorkflowFile.Scalar(steps[run], "if"), StringComparison.Ordinal);
    }
}
