using Infra.Expressions;

namespace Infra.Components;

/// <summary>Policy documents of the roles AWS services assume for the alerting and uptime resources.</summary>
public static class ServicePolicyDocuments
{
    /// <summary>Lets one AWS service (<c>lambda.amazonaws.com</c>, <c>chatbot.amazonaws.com</c>, ...) assume the role.</summary>
    public static ToJsonExpr Trust(string service) => PolicyDocuments.Document(ObjectExpr.From(
        ("Effect", "Allow"),
        ("Principal", ObjectExpr.From(("Service", service))),
        ("Action", "sts:AssumeRole")));

    /// <summary>AWS Chatbot's notification-only channel role: read CloudWatch to render alarms.</summary>
    public static ToJsonExpr ChatbotNotifications() => PolicyDocuments.Document(ObjectExpr.From(
        ("Sid", "RenderAlarms"),
        ("Effect", "Allow"),
        ("Action", ListExpr.Of("cloudwatch:Describe*", "cloudwatch:Get*", "cloudwatch:List*")),
        ("Resource", "*")));

    /// <summary>SNS writes SMS delivery results to CloudWatch Logs (<c>sns/&lt;region&gt;/&lt;account&gt;/DirectPublishToPhoneNumber</c>).</summary>
    public static ToJsonExpr SmsDeliveryLogs() => PolicyDocuments.Document(ObjectExpr.From(
        ("Sid", "WriteDeliveryLogs"),
        ("Effect", "Allow"),
        ("Action", ListExpr.Of("logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents", "logs:PutMetricFilter", "logs:PutRetentionPolicy")),
        ("Resource", "*")));

    /// <summary>The uptime probe: write its own log group and its metrics namespace, nothing else.</summary>
    public static ToJsonExpr ProbeWriter(Output<string> logGroupArn, string metricNamespace) => PolicyDocuments.Statements(
    [
        ObjectExpr.From(
            ("Sid", "WriteLogs"),
            ("Effect", "Allow"),
            ("Action", ListExpr.Of("logs:CreateLogStream", "logs:PutLogEvents")),
            ("Resource", Interpolation.Of(logGroupArn.Ref, ":*"))),
        PolicyDocuments.PutMetrics("ReportMeasurements", metricNamespace),
    ]);
}
