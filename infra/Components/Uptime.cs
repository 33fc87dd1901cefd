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
            var dimensions = new Dictionary<string, Input<string>> { ["HealthCheckId"] = health.Id };

            builder.Add(new CloudWatchMetricAlarm(checkPath.Name("down"))
            {
                AlarmDescription = $"{args.Domain}{check.Path} is down (Route 53 health check failing)",
                Region = topics.Region,
                Namespace = "AWS/Route53",
                MetricName = "HealthCheckStatus",
                Dimensions = dimensions,
                Statistic = "Minimum",
                PeriodSeconds = 60,
                EvaluationPeriods = 1,
                Threshold = 1,
                ComparisonOperator = "LessThanThreshold",
                TreatMissingData = "breaching",
                AlarmActions = [topics.Alarms.Arn],
                OkActions = [topics.Alarms.Arn],
            });
            builder.Add(new CloudWatchMetricAlarm(checkPath.Name("slow"))
            {
                AlarmDescription = $"{args.Domain}{check.Path} is slow (time to first byte above {args.SlowSeconds} s)",
                Region = topics.Region,
                Namespace = "AWS/Route53",
                MetricName = "TimeToFirstByte",
                Dimensions = dimensions,
                Statistic = "Average",
                PeriodSeconds = 60,
                EvaluationPeriods = 3,
                Threshold = args.SlowSeconds * 1000.0,
                ComparisonOperator = "GreaterThanThreshold",
                TreatMissingData = "notBreaching",
                AlarmActions = [topics.Warnings.Arn],
                OkActions = [topics.Warnings.Arn],
            });
        }
    }

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
