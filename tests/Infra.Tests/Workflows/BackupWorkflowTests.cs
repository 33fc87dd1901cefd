using Infra.Components;
using Infra.Stacks.Composition;
using Infra.Tests.Support;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace Infra.Tests.Workflows;

/// <summary>The backup job agrees with the program it serves: stacks, bucket prefixes, heartbeat metric, least privilege.</summary>
public sealed class BackupWorkflowTests
{
    private static readonly string Path = System.IO.Path.Combine(RepoPaths.Root, ".github", "workflows", "backup.yml");

    private static YamlMappingNode Load()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path)));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static YamlMappingNode Map(YamlNode node, string key) => (YamlMappingNode)((YamlMappingNode)node)[key];

    private static string Text(YamlNode node, string key) => ((YamlScalarNode)((YamlMappingNode)node)[key]).Value!;

    [Fact]
    public void It_runs_daily_and_by_hand()
    {
        var on = Map(Load(), "on");

        var cron = Text(((YamlSequenceNode)on["schedule"]).Children[0], "cron");
        Assert.Matches(@"^\d+ \d+ \* \* \*$", cron);
        Assert.True(on.Children.ContainsKey("workflow_dispatch"));
    }

    [Fact]
    public void It_has_least_privilege_permissions()
    {
        var root = Load();
        var job = Map(Map(root, "jobs"), "backup");

        Assert.Equal("read", Text(Map(root, "permissions"), "contents"));
        Assert.Single(Map(root, "permissions").Children);
        var permissions = Map(job, "permissions");
        Assert.Equal(["contents", "id-token"], permissions.Children.Keys.Select(k => ((YamlScalarNode)k).Value));
        Assert.Equal("write", Text(permissions, "id-token"));
    }

    [Fact]
    public void Its_stacks_come_from_the_project_and_it_never_overlaps_itself()
    {
        var jobs = Map(Load(), "jobs");
        var job = Map(jobs, "backup");

        // Which stacks (exactly those with backups): RepositoryStacksTests, which reads the root stack files.
        Assert.Equal("stacks", Text(job, "needs"));
        Assert.Equal("${{ fromJSON(needs.stacks.outputs.matrix) }}", Text(Map(job, "strategy"), "matrix"));
        Assert.Equal("${{ matrix.pgMajor }}", Text(Map(job, "env"), "PG_MAJOR"));
        Assert.Contains("./out/infra backup-matrix", string.Join("\n", ((YamlSequenceNode)Map(jobs, "stacks")["steps"]).Children.Cast<YamlMappingNode>().Select(st => st.Children.TryGetValue(new YamlScalarNode("run"), out var run) ? ((YamlScalarNode)run).Value : "")), StringComparison.Ordinal);
        Assert.Equal("${{ steps.matrix.outputs.matrix }}", Text(Map(Map(jobs, "stacks"), "outputs"), "matrix"));
        var concurrency = Map(job, "concurrency");
        Assert.Equal("backup-${{ matrix.stack }}", Text(concurrency, "group"));
        Assert.Equal("false", Text(concurrency, "cancel-in-progress"));
    }

    [Fact]
    public void It_uploads_where_the_lifecycle_rules_expect_and_reports_the_heartbeat_the_alarm_watches()
    {
        var text = File.ReadAllText(Path);
        var env = Map(Map(Map(Load(), "jobs"), "backup"), "env");
        var defaults = new BackupsArgs("prod", "b", "us-east-1", "o/r", false);

        Assert.Contains("/daily/", text, StringComparison.Ordinal);
        Assert.Contains("/weekly/", text, StringComparison.Ordinal);
        Assert.Equal(defaults.MetricNamespace, Text(env, "METRIC_NAMESPACE"));
        Assert.Equal(defaults.MetricName, Text(env, "METRIC_NAME"));
        Assert.Equal(StackComposer.AlarmRegion, Text(env, "AWS_REGION"));
        Assert.Contains("Stack=${STACK}", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Daily_dumps_are_stored_as_standard_and_only_weekly_copies_as_infrequent_access()
    {
        var upload = Step("Upload to daily/ as STANDARD (and weekly/ on Sundays as STANDARD_IA)");
        var lines = upload.Split('\n').Where(l => l.Contains("aws s3 cp", StringComparison.Ordinal)).ToList();

        Assert.Equal(2, lines.Count);
        Assert.Contains("/daily/", lines[0], StringComparison.Ordinal);
        Assert.EndsWith("--storage-class STANDARD --only-show-errors", lines[0].Trim(), StringComparison.Ordinal);
        Assert.Contains("/weekly/", lines[1], StringComparison.Ordinal);
        Assert.Contains("--storage-class STANDARD_IA", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_failed_run_reports_the_failure_the_failure_alarm_watches()
    {
        var job = Map(Map(Load(), "jobs"), "backup");
        var steps = ((YamlSequenceNode)job["steps"]).Children.Cast<YamlMappingNode>().ToList();
        var report = steps[^1];
        var defaults = new BackupsArgs("prod", "b", "us-east-1", "o/r", false);

        Assert.Equal("failure()", Text(report, "if"));
        Assert.Equal(defaults.FailureMetricName, Text(Map(job, "env"), "FAILURE_METRIC_NAME"));
        Assert.Contains("--metric-name \"$FAILURE_METRIC_NAME\"", Text(report, "run"), StringComparison.Ordinal);
        Assert.Contains("${HEARTBEAT_URL}/fail", Text(report, "run"), StringComparison.Ordinal);
        Assert.Equal("${{ steps.aws.outcome }}", Text(Map(report, "env"), "ROLE_ASSUMED"));
        Assert.Contains(steps, s => s.Children.ContainsKey("id") && Text(s, "id") == "aws" && Text(s, "uses").StartsWith("aws-actions/configure-aws-credentials@", StringComparison.Ordinal));
    }

    private static string Step(string name) =>
        Text(((YamlSequenceNode)Map(Map(Load(), "jobs"), "backup")["steps"]).Children.Single(s => ((YamlMappingNode)s).Children.ContainsKey("name") && Text(s, "name") == name), "run");
}
