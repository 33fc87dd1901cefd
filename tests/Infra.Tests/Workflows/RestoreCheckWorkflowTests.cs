using System.Globalization;
using Infra.Components;
using Infra.Stacks.Composition;
using Infra.Tests.Support;
using Xunit;
using YamlDotNet.RepresentationModel;
using static Infra.Tests.Workflows.WorkflowFile;

namespace Infra.Tests.Workflows;

/// <summary>The restore check agrees with the program: its stacks, role, bucket prefix, metrics, schedule and Postgres version.</summary>
public sealed class RestoreCheckWorkflowTests
{
    private static readonly WorkflowFile Workflow = Load(BackupsArgs.RestoreWorkflow);

    private static YamlMappingNode Job => Workflow.Job("restore");

    private static YamlMappingNode Env => (YamlMappingNode)Job["env"];

    private static IReadOnlyList<YamlMappingNode> Steps => [.. ((YamlSequenceNode)Job["steps"]).Children.Cast<YamlMappingNode>()];

    private static string Run(string name) => Scalar(Steps.Single(s => Scalar(s, "name") == name), "run")!;

    [Fact]
    public void It_runs_twice_a_week_so_that_one_missed_run_stays_inside_the_heartbeats_seven_days()
    {
        var cron = Scalar(((YamlSequenceNode)Workflow.On["schedule"]).Children[0], "cron")!;
        var days = cron.Split(' ')[4].Split(',').Select(d => int.Parse(d, CultureInfo.InvariantCulture)).Order().ToList();
        var defaults = new BackupsArgs("prod", "b", "us-east-1", "o/r", false);

        Assert.Matches(@"^\d+ \d+ \* \* [0-6](,[0-6])+$", cron);
        Assert.NotNull(Get(Workflow.On, "workflow_dispatch"));
        var gaps = days.Zip(days.Skip(1).Append(days[0] + 7), (a, b) => b - a).ToList();
        Assert.True(gaps.Max() < defaults.RestoreHeartbeatDays, $"the longest gap between runs ({gaps.Max()} days) must be shorter than the heartbeat's {defaults.RestoreHeartbeatDays} days");
    }

    [Fact]
    public void It_checks_every_backed_up_stack_with_least_privilege_and_never_overlaps_itself()
    {
        var backup = Load(BackupsArgs.BackupWorkflow).Job("backup");

        // The same stacks as the backup job: both from infra backup-matrix.
        Assert.Equal(Scalar(backup["strategy"], "matrix"), Scalar(Job["strategy"], "matrix"));
        Assert.Equal("${{ vars.RESTORE_POSTGRES_IMAGE || format('postgres:{0}', matrix.pgMajor) }}", Scalar((YamlMappingNode)((YamlMappingNode)Job["services"])["postgres"], "image"));
        Assert.Equal(["contents", "id-token"], ((YamlMappingNode)Job["permissions"]).Children.Keys.Select(k => ((YamlScalarNode)k).Value));
        Assert.Equal("false", Scalar(Job["concurrency"], "cancel-in-progress"));
        Assert.Equal("${{ vars[format('RESTORE_ROLE_ARN_{0}', matrix.suffix)] }}", Scalar(Env, "ROLE_ARN"));
        Assert.Equal(Scalar(backup["env"], "BUCKET"), Scalar(Env, "BUCKET"));
        Assert.Equal("aws", Scalar(Steps.Single(s => Scalar(s, "uses")?.StartsWith("aws-actions/configure-aws-credentials@", StringComparison.Ordinal) == true), "id"));
    }

    [Fact]
    public void It_restores_the_newest_daily_dump_and_fails_when_it_is_older_than_the_heartbeat()
    {
        var download = Run("Download the latest daily dump (at most 26 h old)");
        var defaults = new BackupsArgs("prod", "b", "us-east-1", "o/r", false);

        Assert.Contains("--prefix daily/", download, StringComparison.Ordinal);
        Assert.Contains("sort_by(Contents || `[]`, &LastModified)[-1]", download, StringComparison.Ordinal);
        Assert.Equal(defaults.HeartbeatHours.ToString(CultureInfo.InvariantCulture), Scalar(Env, "MAX_AGE_HOURS"));
        Assert.Contains("pg_restore\" --no-owner --no-privileges --exit-on-error", Run("Restore into the scratch database and check it"), StringComparison.Ordinal);
    }

    [Fact]
    public void It_reports_the_metrics_the_restore_alarms_watch_in_their_region()
    {
        var defaults = new BackupsArgs("prod", "b", "us-east-1", "o/r", false);
        var report = Steps[^1];

        Assert.Equal(defaults.MetricNamespace, Scalar(Env, "METRIC_NAMESPACE"));
        Assert.Equal(defaults.RestoreMetricName, Scalar(Env, "METRIC_NAME"));
        Assert.Equal(defaults.RestoreFailureMetricName, Scalar(Env, "FAILURE_METRIC_NAME"));
        Assert.Equal(StackComposer.AlarmRegion, Scalar(Env, "AWS_REGION"));
        Assert.Contains("--metric-name \"$METRIC_NAME\" --dimensions \"Stack=${STACK}\"", Run("Report the result"), StringComparison.Ordinal);
        Assert.Equal("failure()", Scalar(report, "if"));
        Assert.Contains("--metric-name \"$FAILURE_METRIC_NAME\"", Scalar(report, "run"), StringComparison.Ordinal);
    }
}
