using Infra.Expressions;
using Infra.Graph;
using Infra.Providers.Aws;
using Infra.Providers.BetterUptime;

namespace Infra.Components;

/// <summary>
/// What tells people the backups are not working: a warning (email and Slack, never a page) when
/// a backup or a restore check fails (the workflow reports it at once), and a heartbeat for each
/// that warns when no success was reported in time (a job that stopped running, a removed secret).
/// </summary>
public static class BackupAlarms
{
    /// <summary>The CloudWatch alarms: <c>-heartbeat</c>, <c>-failed</c>, <c>-restore-heartbeat</c>, <c>-restore-failed</c>.</summary>
    public static void DeclareAws(ProgramBuilder builder, ComponentPath path, BackupsArgs args, AwsAlarmTopics topics)
    {
        builder.Add(Heartbeat(path.Name("heartbeat"), args, topics, args.MetricName, periodSeconds: 3600, periods: args.HeartbeatHours,
            $"No successful database backup of {args.Stack} reported for {args.HeartbeatHours} hours (on a new stack: until the backup workflow first ran, see docs/runbooks/backup-and-restore.md)"));
        builder.Add(Failed(path.Name("failed"), args, topics, args.FailureMetricName,
            $"The database backup of {args.Stack} failed: see the last run of .github/workflows/{BackupsArgs.BackupWorkflow}"));
        builder.Add(Heartbeat(path.Name("restore-heartbeat"), args, topics, args.RestoreMetricName, periodSeconds: 86_400, periods: args.RestoreHeartbeatDays,
            $"No successful restore check of {args.Stack}'s latest dump reported for {args.RestoreHeartbeatDays} days (on a new stack: until the restore-check workflow first ran)"));
        builder.Add(Failed(path.Name("restore-failed"), args, topics, args.RestoreFailureMetricName,
            $"The latest dump of {args.Stack} did not restore, or is too old: see the last run of .github/workflows/{BackupsArgs.RestoreWorkflow}"));
    }

    /// <summary>
    /// Warns when the sum of successes over the window is below 1. The metric goes through
    /// <c>FILL(m, 0)</c>, so every hour without a success counts as 0 and the alarm fires when the
    /// window is over, not some hours later (CloudWatch otherwise looks past the window for sparse
    /// data); missing data breaches, so a job that never reported at all warns too.
    /// </summary>
    private static CloudWatchMetricAlarm Heartbeat(string name, BackupsArgs args, AwsAlarmTopics topics, string metric, int periodSeconds, int periods, string description) => new(name)
    {
        AlarmName = topics.AlarmName(name),
        AlarmDescription = description,
        Region = topics.Region,
        MetricQueries =
        [
            new MetricAlarmQuery("reported")
            {
                Metric = new MetricAlarmQueryMetric(args.MetricNamespace, metric, new Dictionary<string, Input<string>> { ["Stack"] = args.Stack }, "Sum", periodSeconds),
            },
            new MetricAlarmQuery("successes") { Expression = "FILL(reported, 0)", Label = metric + " (0 when none)", ReturnData = true },
        ],
        EvaluationPeriods = periods,
        DatapointsToAlarm = periods,
        Threshold = 1,
        ComparisonOperator = "LessThanThreshold",
        TreatMissingData = "breaching",
        AlarmActions = [topics.Warnings.Arn],
        OkActions = [topics.Warnings.Arn],
    };

    /// <summary>Warns as soon as a workflow reports a failure; no recovery message (the heartbeat's covers it).</summary>
    private static CloudWatchMetricAlarm Failed(string name, BackupsArgs args, AwsAlarmTopics topics, string metric, string description) => new(name)
    {
        AlarmName = topics.AlarmName(name),
        AlarmDescription = description,
        Region = topics.Region,
        Namespace = args.MetricNamespace,
        MetricName = metric,
        Dimensions = new Dictionary<string, Input<string>> { ["Stack"] = args.Stack },
        Statistic = "Sum",
        PeriodSeconds = 300,
        EvaluationPeriods = 1,
        Threshold = 1,
        ComparisonOperator = "GreaterThanOrEqualToThreshold",
        TreatMissingData = "notBreaching",
        AlarmActions = [topics.Warnings.Arn],
    };

    /// <summary>
    /// The Better Stack heartbeats: the backup expected daily with the rest of the configured hours as
    /// grace, the restore check every 4 days (its longest gap) with 3 days of grace. A workflow reports
    /// a failure at once by calling the URL with <c>/fail</c>. Both stay pending until their first call.
    /// </summary>
    public static (BetterUptimeHeartbeat Backup, BetterUptimeHeartbeat Restore) DeclareBetterStack(
        ProgramBuilder builder, ComponentPath path, BackupsArgs args, BetterUptimePolicy policy, AlertRouting routing)
    {
        var backup = builder.Add(new BetterUptimeHeartbeat(path.Name("heartbeat"), 86_400, Math.Max(0, args.HeartbeatHours - 24) * 3600L)
        {
            HeartbeatName = $"{args.BucketName} daily backup",
            PolicyId = policy.Id,
            Email = routing.EmailsPeople(AlertClass.BackupMissing),
        });
        var restore = builder.Add(new BetterUptimeHeartbeat(path.Name("restore-heartbeat"), 4 * 86_400, Math.Max(0, args.RestoreHeartbeatDays - 4) * 86_400L)
        {
            HeartbeatName = $"{args.BucketName} restore check",
            PolicyId = policy.Id,
            Email = routing.EmailsPeople(AlertClass.BackupMissing),
        });
        return (backup, restore);
    }
}
