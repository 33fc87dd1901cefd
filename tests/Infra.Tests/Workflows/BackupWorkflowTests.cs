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
    public void Each_stack_it_names_exists_and_never_overlaps_itself()
    {
        var job = Map(Map(Load(), "jobs"), "backup");
        var stacks = ((YamlSequenceNode)Map(Map(job, "strategy"), "matrix")["include"]).Children.Select(i => Text(i, "stack")).ToList();

        Assert.Equal(["prod", "staging"], stacks);
        Assert.All(stacks, s => Assert.True(File.Exists(System.IO.Path.Combine(RepoPaths.Root, $"Pulumi.{s}.yaml")), s));
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
        Assert.Contains("--storage-class STANDARD_IA", text, StringComparison.Ordinal);
        Assert.Equal(defaults.MetricNamespace, Text(env, "METRIC_NAMESPACE"));
        Assert.Equal(defaults.MetricName, Text(env, "METRIC_NAME"));
        Assert.Equal(StackComposer.AlarmRegion, Text(env, "AWS_REGION"));
        Assert.Contains("Stack=${STACK}", text, StringComparison.Ordinal);
    }

    [Fact]
    public void It_dumps_with_the_client_of_the_stacks_postgres_version()
    {
        var env = Map(Map(Map(Load(), "jobs"), "backup"), "env");

        Assert.All(new[] { "prod", "staging" }, s => Assert.Equal(TestStacks.Settings(s).Neon.PgVersion.ToString(System.Globalization.CultureInfo.InvariantCulture), Text(env, "PG_MAJOR")));
    }
}
