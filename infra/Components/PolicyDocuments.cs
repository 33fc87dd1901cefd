using Infra.Expressions;

namespace Infra.Components;

/// <summary>IAM policy documents as <c>fn::toJSON</c> of typed objects (references resolve at deploy time).</summary>
public static class PolicyDocuments
{
    private const string Version = "2012-10-17";

    public static ToJsonExpr GitHubTrust(Ref providerArn, string subject) => Document(ObjectExpr.From(
        ("Effect", "Allow"),
        ("Principal", ObjectExpr.From(("Federated", providerArn))),
        ("Action", "sts:AssumeRoleWithWebIdentity"),
        ("Condition", ObjectExpr.From(("StringEquals", ObjectExpr.From(
            ("token.actions.githubusercontent.com:aud", "sts.amazonaws.com"),
            ("token.actions.githubusercontent.com:sub", subject)))))));

    public static ToJsonExpr BackupWriter(Output<string> bucketArn, string? metricNamespace)
    {
        List<Expr> statements =
        [
            ObjectExpr.From(
                ("Sid", "PutBackups"),
                ("Effect", "Allow"),
                ("Action", ListExpr.Of("s3:PutObject")),
                ("Resource", ListExpr.Of(Interpolation.Of(bucketArn.Ref, "/daily/*"), Interpolation.Of(bucketArn.Ref, "/weekly/*")))),
        ];
        if (metricNamespace is not null)
        {
            statements.Add(ObjectExpr.From(
                ("Sid", "ReportHeartbeat"),
                ("Effect", "Allow"),
                ("Action", ListExpr.Of("cloudwatch:PutMetricData")),
                ("Resource", "*"),
                ("Condition", ObjectExpr.From(("StringEquals", ObjectExpr.From(("cloudwatch:namespace", metricNamespace)))))));
        }

        return new ToJsonExpr(ObjectExpr.From(("Version", Version), ("Statement", new ListExpr([.. statements]))));
    }

    public static ToJsonExpr DenyInsecureTransport(Output<string> bucketArn) => Document(ObjectExpr.From(
        ("Sid", "DenyInsecureTransport"),
        ("Effect", "Deny"),
        ("Principal", "*"),
        ("Action", "s3:*"),
        ("Resource", ListExpr.Of(bucketArn.Ref, Interpolation.Of(bucketArn.Ref, "/*"))),
        ("Condition", ObjectExpr.From(("Bool", ObjectExpr.From(("aws:SecureTransport", "false")))))));

    private static ToJsonExpr Document(ObjectExpr statement) =>
        new(ObjectExpr.From(("Version", Version), ("Statement", ListExpr.Of(statement))));
}
