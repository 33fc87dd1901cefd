using Infra.Expressions;

namespace Infra.Components;

/// <summary>IAM policy documents as <c>fn::toJSON</c> of typed objects (references resolve at deploy time).</summary>
public static class PolicyDocuments
{
    private const string Version = "2012-10-17";

    /// <summary>
    /// Trust for one GitHub workflow: the token's audience, subject (repository and branch or
    /// environment) and <c>job_workflow_ref</c> (<c>owner/repo/.github/workflows/x.yml@refs/heads/main</c>),
    /// a claim AWS STS accepts as a trust-policy condition key since February 2026 (AWS's
    /// announcement of provider-specific claims for GitHub, Google, CircleCI and OCI), so that no other
    /// workflow on the branch can assume the role.
    /// </summary>
    public static ToJsonExpr GitHubTrust(Ref providerArn, string subject, string workflowRef) => Document(ObjectExpr.From(
        ("Effect", "Allow"),
        ("Principal", ObjectExpr.From(("Federated", providerArn))),
        ("Action", "sts:AssumeRoleWithWebIdentity"),
        ("Condition", ObjectExpr.From(("StringEquals", ObjectExpr.From(
            ("token.actions.githubusercontent.com:aud", "sts.amazonaws.com"),
            ("token.actions.githubusercontent.com:job_workflow_ref", workflowRef),
            ("token.actions.githubusercontent.com:sub", subject)))))));

    /// <summary>
    /// Trust for GitHub's OIDC tokens of the given subjects only (<c>repo:owner/repo:environment:production</c>,
    /// <c>repo:owner/repo:pull_request</c>), for AWS STS as the audience. Several subjects are a list:
    /// any one of them matches.
    /// </summary>
    public static ToJsonExpr GitHubSubjectTrust(Ref providerArn, IReadOnlyList<string> subjects) => Document(ObjectExpr.From(
        ("Effect", "Allow"),
        ("Principal", ObjectExpr.From(("Federated", providerArn))),
        ("Action", "sts:AssumeRoleWithWebIdentity"),
        ("Condition", ObjectExpr.From(("StringEquals", ObjectExpr.From(
            ("token.actions.githubusercontent.com:aud", "sts.amazonaws.com"),
            ("token.actions.githubusercontent.com:sub", subjects.Count == 1 ? (Expr)subjects[0] : ListExpr.Of(subjects.Select(s => (Expr)s)))))))));

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
            statements.Add(PutMetrics("ReportHeartbeat", metricNamespace));
        }

        return Statements(statements);
    }

    /// <summary>The restore check: list and read <c>daily/</c> only, and report its result.</summary>
    public static ToJsonExpr BackupReader(Output<string> bucketArn, string? metricNamespace)
    {
        List<Expr> statements =
        [
            ObjectExpr.From(
                ("Sid", "ListDailyDumps"),
                ("Effect", "Allow"),
                ("Action", ListExpr.Of("s3:ListBucket")),
                ("Resource", bucketArn.Ref),
                ("Condition", ObjectExpr.From(("StringLike", ObjectExpr.From(("s3:prefix", ListExpr.Of("daily/", "daily/*"))))))),
            ObjectExpr.From(
                ("Sid", "ReadDailyDumps"),
                ("Effect", "Allow"),
                ("Action", ListExpr.Of("s3:GetObject")),
                ("Resource", Interpolation.Of(bucketArn.Ref, "/daily/*"))),
        ];
        if (metricNamespace is not null)
        {
            statements.Add(PutMetrics("ReportRestore", metricNamespace));
        }

        return Statements(statements);
    }

    /// <summary><c>cloudwatch:PutMetricData</c> (which takes no resource) limited to one namespace.</summary>
    public static ObjectExpr PutMetrics(string sid, string metricNamespace) => ObjectExpr.From(
        ("Sid", sid),
        ("Effect", "Allow"),
        ("Action", ListExpr.Of("cloudwatch:PutMetricData")),
        ("Resource", "*"),
        ("Condition", ObjectExpr.From(("StringEquals", ObjectExpr.From(("cloudwatch:namespace", metricNamespace))))));

    public static ToJsonExpr Statements(IEnumerable<Expr> statements) =>
        new(ObjectExpr.From(("Version", Version), ("Statement", new ListExpr([.. statements]))));

    public static ToJsonExpr DenyInsecureTransport(Output<string> bucketArn) => Document(ObjectExpr.From(
        ("Sid", "DenyInsecureTransport"),
        ("Effect", "Deny"),
        ("Principal", "*"),
        ("Action", "s3:*"),
        ("Resource", ListExpr.Of(bucketArn.Ref, Interpolation.Of(bucketArn.Ref, "/*"))),
        ("Condition", ObjectExpr.From(("Bool", ObjectExpr.From(("aws:SecureTransport", "false")))))));

    public static ToJsonExpr Document(ObjectExpr statement) => Statements([statement]);
}
