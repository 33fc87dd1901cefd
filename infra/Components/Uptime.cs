using Infra.Expressions;
using Infra.Graph;
using Infra.Providers.Aws;
using Infra.Providers.BetterUptime;

namespace Infra.Components;

/// <summary>
/// Uptime monitoring of a stack's public endpoints, on one of two backends. AWS: a Route 53 health
/// check per endpoint decides up or down, and one composite alarm pages once per outage (and once on
/// recovery); a probe (<see cref="UptimeProbe"/>) measures load times and the certificate, which
/// Route 53 cannot (its checkers fail a response that starts later than about 2 s after connecting,
/// so a time-to-first-byte alarm at 5 s never fires). Better Stack: a monitor per endpoint under an
/// escalation policy.
/// </summary>
public static class Uptime
{
    /// <summary>Route 53 publishes health check metrics in us-east-1 only.</summary>
    public const string Route53MetricRegion = "us-east-1";

    public static void DeclareAws(ProgramBuilder builder, ComponentPath path, UptimeArgs args, AwsAlarmTopics topics)
    {
        List<CloudWatchMetricAlarm> down = [];
        List<CloudWatchMetricAlarm> slow = [];
        foreach (var check in args.Checks)
        {
            var checkPath = path.Child(check.Name);
            var where = args.Domain + check.Path;
            var health = builder.Add(new Route53HealthCheck(checkPath.Name("check"), check.Keyword is null ? "HTTPS" : "HTTPS_STR_MATCH")
            {
                Fqdn = args.Domain,
                Port = 443,
                ResourcePath = check.Path,
                SearchString = check.Keyword is { } keyword ? (Input<string>?)keyword : null,
                RequestInterval = args.AwsIntervalSeconds,
                FailureThreshold = args.FailureThreshold,
                EnableSni = true,
                Regions = [.. args.AwsRegions.Select(r => (Input<string>)r)],
                Tags = new Dictionary<string, Input<string>> { ["Name"] = where },
            });
            down.Add(builder.Add(Down(checkPath.Name("down"), health, topics, where)));
            slow.Add(builder.Add(Slow(checkPath.Name("slow"), check, args, topics, where)));
        }

        if (down.Count > 0)
        {
            var paths = string.Join(", ", args.Checks.Select(c => c.Path));
            builder.Add(new CloudWatchCompositeAlarm(path.Name("down"), topics.AlarmName(path.Name("down")), AnyInAlarm(down))
            {
                AlarmDescription = $"{args.Domain} is down: a Route 53 health check is failing ({paths}); the uptime-<check>-down alarm in ALARM names it",
                Region = topics.Region,
                AlarmActions = topics.PageActions,
                OkActions = [topics.Alarms.Arn],
            });
            builder.Add(new CloudWatchCompositeAlarm(path.Name("slow"), topics.AlarmName(path.Name("slow")), AnyInAlarm(slow))
            {
                AlarmDescription = $"{args.Domain} is slow: a page took more than {args.SlowSeconds} s to load twice in a row ({paths}); the uptime-<check>-slow alarm in ALARM names it",
                Region = topics.Region,
                AlarmActions = [topics.Warnings.Arn],
                OkActions = [topics.Warnings.Arn],
            });
        }

        UptimeProbe.Declare(builder, path, args, topics);
        builder.Add(new CloudWatchMetricAlarm(path.Name("tls"))
        {
            AlarmName = topics.AlarmName(path.Name("tls")),
            AlarmDescription = $"The TLS certificate of {args.Domain} expires within {args.TlsWarningDays} days",
            Region = topics.Region,
            Namespace = UptimeProbe.MetricNamespace,
            MetricName = UptimeProbe.CertificateMetric,
            Dimensions = new Dictionary<string, Input<string>> { ["Stack"] = args.Stack },
            Statistic = "Minimum",
            PeriodSeconds = 3600,
            EvaluationPeriods = 1,
            Threshold = args.TlsWarningDays,
            ComparisonOperator = "LessThanThreshold",
            TreatMissingData = "missing",
            AlarmActions = [topics.Warnings.Arn],
            OkActions = [topics.Warnings.Arn],
        });
    }

    /// <summary><c>ALARM("a") OR ALARM("b")</c> over the alarms' names (references, so the composite is created after them).</summary>
    private static Input<string> AnyInAlarm(List<CloudWatchMetricAlarm> alarms)
    {
        List<Expr> parts = [];
        for (var i = 0; i < alarms.Count; i++)
        {
            parts.Add(new StringLit((i == 0 ? "" : "\") OR ") + "ALARM(\""));
            parts.Add(alarms[i].AlarmNameOutput.Ref);
        }

        parts.Add(new StringLit("\")"));
        return new Input<string>(Interpolation.Of(parts));
    }

    /// <summary>
    /// One endpoint failing its Route 53 check. No actions: the composite alarm notifies. Missing data
    /// stays missing: Route 53 reports the status every minute while the check exists (a failing
    /// endpoint reports 0, not nothing), so missing data only means the check is new.
    /// </summary>
    private static CloudWatchMetricAlarm Down(string name, Route53HealthCheck health, AwsAlarmTopics topics, string where) => new(name)
    {
        AlarmName = topics.AlarmName(name),
        AlarmDescription = $"{where} is down (Route 53 health check failing)",
        Region = topics.Region,
        Namespace = "AWS/Route53",
        MetricName = "HealthCheckStatus",
        Dimensions = new Dictionary<string, Input<string>> { ["HealthCheckId"] = health.Id },
        Statistic = "Minimum",
        PeriodSeconds = 60,
        EvaluationPeriods = 1,
        Threshold = 1,
        ComparisonOperator = "LessThanThreshold",
        TreatMissingData = "missing",
    };

    /// <summary>One endpoint slower than the threshold in two probe runs in a row. No actions: the composite alarm notifies.</summary>
    private static CloudWatchMetricAlarm Slow(string name, UptimeCheck check, UptimeArgs args, AwsAlarmTopics topics, string where) => new(name)
    {
        AlarmName = topics.AlarmName(name),
        AlarmDescription = $"{where} took more than {args.SlowSeconds} s to load in two probe runs in a row",
        Region = topics.Region,
        Namespace = UptimeProbe.MetricNamespace,
        MetricName = UptimeProbe.LoadTimeMetric,
        Dimensions = new Dictionary<string, Input<string>> { ["Stack"] = args.Stack, ["Check"] = check.Name },
        Statistic = "Maximum",
        PeriodSeconds = UptimeProbe.IntervalMinutes * 60,
        EvaluationPeriods = 2,
        DatapointsToAlarm = 2,
        Threshold = args.SlowSeconds * 1000.0,
        ComparisonOperator = "GreaterThanThreshold",
        TreatMissingData = "notBreaching",
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
