using System.Text.Json;
using Infra.Expressions;
using Infra.Graph;
using Infra.Model;
using Infra.Providers.Aws;

namespace Infra.Components;

/// <summary>
/// The AWS backend's probe: a Lambda function (<see cref="UptimeProbeScript"/>) that EventBridge runs
/// every <see cref="IntervalMinutes"/> minutes from the alarms' region. It loads every checked URL with
/// a timeout well above the slow threshold, reads the certificate's expiry, and puts both into
/// <see cref="MetricNamespace"/>; its role may write only its own log group and that namespace. A
/// warning when it fails three runs in a row.
/// </summary>
public static class UptimeProbe
{
    public const string MetricNamespace = "Infra/Uptime";

    public const string LoadTimeMetric = "LoadTime";

    public const string CertificateMetric = "TlsDaysRemaining";

    public const int IntervalMinutes = 5;

    public const string Runtime = "nodejs22.x";

    public static LambdaFunction Declare(ProgramBuilder builder, ComponentPath path, UptimeArgs args, AwsAlarmTopics topics)
    {
        var name = path.Name("probe");
        var functionName = topics.AlarmName(name);
        var logs = builder.Add(new CloudWatchLogGroup(name + "-logs", "/aws/lambda/" + functionName, 14) { Region = topics.Region });
        var role = builder.Add(new IamRole(name + "-role", new Input<string>(ServicePolicyDocuments.Trust("lambda.amazonaws.com")))
        {
            RoleName = functionName,
            Description = $"Uptime probe of {args.Domain}: write its logs and {MetricNamespace} metrics",
        });
        var policy = builder.Add(new IamRolePolicy(name + "-role-policy", role.Id, new Input<string>(ServicePolicyDocuments.ProbeWriter(logs.Arn, MetricNamespace)))
        {
            PolicyName = "probe",
        });

        var targets = JsonSerializer.Serialize(args.Checks.Select(c => new ProbeTarget(c.Name, "https://" + args.Domain + c.Path)), ProbeTargetJson.Default.IEnumerableProbeTarget);
        var probe = builder.Add(new LambdaFunction(name, functionName, role.Arn, AssetArchiveExpr.Of((UptimeProbeScript.FileName, new StringAssetExpr(UptimeProbeScript.Source))))
        {
            Region = topics.Region,
            Description = $"Load times and certificate expiry of {args.Domain}, every {IntervalMinutes} minutes",
            Runtime = Runtime,
            Handler = UptimeProbeScript.Handler,
            TimeoutSeconds = args.SlowSeconds + 60,
            MemorySizeMb = 256,
            LogGroup = logs.LogGroupNameOutput,
            Environment = new Dictionary<string, Input<string>>
            {
                ["HOST"] = args.Domain,
                ["NAMESPACE"] = MetricNamespace,
                ["STACK"] = args.Stack,
                ["TARGETS"] = targets,
                ["TIMEOUT_MS"] = ((args.SlowSeconds + 30) * 1000).ToString(System.Globalization.CultureInfo.InvariantCulture),
            },
            Options = new ResourceOptions { DependsOn = [policy.Self] },
        });

        var schedule = builder.Add(new EventRule(name + "-schedule", functionName, $"rate({IntervalMinutes} minutes)")
        {
            Region = topics.Region,
            Description = "Runs the uptime probe of " + args.Domain,
        });
        builder.Add(new EventTarget(name + "-target", schedule.RuleNameOutput, probe.Arn) { Region = topics.Region });
        builder.Add(new LambdaInvokeGrant(name + "-invoke", probe.FunctionNameOutput, "events.amazonaws.com", schedule.Arn) { Region = topics.Region });

        builder.Add(new CloudWatchMetricAlarm(name + "-errors")
        {
            AlarmName = topics.AlarmName(name + "-errors"),
            AlarmDescription = $"The uptime probe of {args.Domain} failed three runs in a row: slow pages and certificate expiry are not measured; see its log group",
            Region = topics.Region,
            Namespace = "AWS/Lambda",
            MetricName = "Errors",
            Dimensions = new Dictionary<string, Input<string>> { ["FunctionName"] = probe.FunctionNameOutput },
            Statistic = "Sum",
            PeriodSeconds = IntervalMinutes * 60,
            EvaluationPeriods = 3,
            DatapointsToAlarm = 3,
            Threshold = 0,
            ComparisonOperator = "GreaterThanThreshold",
            TreatMissingData = "notBreaching",
            AlarmActions = [topics.Warnings.Arn],
            OkActions = [topics.Warnings.Arn],
        });
        return probe;
    }
}

/// <summary>One URL the probe loads, and the check it reports for.</summary>
internal sealed record ProbeTarget(string Check, string Url);
