using Infra.Expressions;
using Infra.Graph;
using Infra.Providers.Aws;
using Infra.Providers.BetterUptime;

namespace Infra.Components;

/// <summary>
/// Uptime monitoring of a stack's public endpoints, on one of two backends: Route 53 health checks
/// with CloudWatch alarms (down to the alarm topic, slow to the warning topic), or Better Stack
/// monitors under an escalation policy.
/// </summary>
public static class Uptime
{
    /// <summary>Route 53 publishes health check metrics in us-east-1 only.</summary>
    public const string Route53MetricRegion = "us-east-1";

    public static void DeclareAws(ProgramBuilder builder, ComponentPath path, UptimeArgs args, AwsAlarmTopics topics)
    {
        foreach (var check in args.Checks)
        {
            var checkPath = path.Child(check.Name);
            var health = builder.Add(new Route53HealthCheck(checkPath.Name("check"), check.Keyword is null ? "HTTPS" : "HTTPS_STR_MATCH")
            {
                Fqdn = args.Domain,
                Port = 443,
                ResourcePath = check.Path,
                SearchString = check.Keyword is { } keyword ? (Input<string>?)keyword : null,
                RequestInterval = args.AwsIntervalSeconds,
                FailureThreshold = args.FailureThreshold,
                MeasureLatency = true,
                EnableSni = true,
                Regions = [.. args.AwsRegions.Select(r => (Input<string>)r)],
                Tags = new Dictionary<string, Input<string>> { ["Name"] = args.Domain + check.Path },
            });
            var where = args.Domain + check.Path;
            builder.Add(Route53Alarm(checkPath.Name("down"), health, topics.Alarms, topics.Region,
                $"{where} is down (Route 53 health check failing)",
                metric: "HealthCheckStatus", statistic: "Minimum", minutes: 1, threshold: 1, comparison: "LessThanThreshold", missingData: "breaching"));
            builder.Add(Route53Alarm(checkPath.Name("slow"), health, topics.Warnings, topics.Region,
                $"{where} is slow (time to first byte above {args.SlowSeconds} s)",
                metric: "TimeToFirstByte", statistic: "Average", minutes: 3, threshold: args.SlowSeconds * 1000.0, comparison: "GreaterThanThreshold", missingData: "notBreaching"));
        }
    }

    /// <summary>An alarm on a Route 53 metric of one health check over whole minutes, notifying one topic on alarm and on recovery.</summary>
    private static CloudWatchMetricAlarm Route53Alarm(
        string name, Route53HealthCheck health, SnsTopic topic, string region, string description,
        string metric, string statistic, int minutes, double threshold, string comparison, string missingData) => new(name)
    {
        AlarmDescription = description,
        Region = region,
        Namespace = "AWS/Route53",
        MetricName = metric,
        Dimensions = new Dictionary<string, Input<string>> { ["HealthCheckId"] = health.Id },
        Statistic = statistic,
        PeriodSeconds = 60,
        EvaluationPeriods = minutes,
        Threshold = threshold,
        ComparisonOperator = comparison,
        TreatMissingData = missingData,
        AlarmActions = [topic.Arn],
        OkActions = [topic.Arn],
    };

    public static void DeclareBetterStack(ProgramBuilder builder, ComponentPath path, UptimeArgs args, BetterUptimePolicy policy, AlertRouting routing)
    {
        foreach (var check in args.Checks)
        {
            builder.Add(new BetterUptimeMonitor(path.Child(check.Name).Name("monitor"), check.Keyword is null ? "status" : "keyword")
            {
                Url = "https://" + args.Domain + check.Path,
                PronounceableName = args.Domain + check.Path,
                RequiredKeyword = check.Keyword is { } keyword ? (Input<string>?)keyword : null,
                CheckFrequency = args.BetterStackIntervalSeconds,
                ConfirmationPeriod = (long)args.BetterStackIntervalSeconds * (args.FailureThreshold - 1),
                RequestTimeout = args.RequestTimeoutSeconds,
                SslExpiration = args.TlsWarningDays,
                VerifySsl = true,
                Regions = [.. args.BetterStackRegions.Select(r => (Input<string>)r)],
                PolicyId = policy.Id,
                Email = routing.EmailsPeople(AlertClass.Downtime),
                Sms = routing.Pages(AlertClass.Downtime),
                Call = routing.Pages(AlertClass.Downtime),
                Push = routing.Page,
            });
        }
    }
}
