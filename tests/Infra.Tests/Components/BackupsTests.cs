using Infra.Components;
using Infra.Expressions;
using Infra.Graph;
using Infra.Model;
using Infra.Providers.Aws;
using Infra.Tests.Support;
using Xunit;

namespace Infra.Tests.Components;

/// <summary>
/// Backups (the tests' own project): delete markers cleaned, the account's OIDC provider kept, each
/// role scoped to its workflow, failures and silence as warnings, a restore check with its heartbeat.
/// </summary>
public sealed class BackupsTests
{
    private static readonly Lazy<ProgramGraph> Prod = new(() => FixturePrograms.Program("prod"));

    private static ObjectExpr Document(ProgramGraph program, string resource, string key) =>
        (ObjectExpr)((ToJsonExpr)program.FindResource(resource)!.Inputs()[key]!).Value;

    private static List<ObjectExpr> Statements(ProgramGraph program, string resource, string key) =>
        [.. ((ListExpr)Document(program, resource, key)["Statement"]!).Items.Cast<ObjectExpr>()];

    [Fact]
    public void Expired_delete_markers_are_removed_by_the_rule_without_days()
    {
        var rules = ((ListExpr)Prod.Value.Get<S3BucketLifecycle>("backups-lifecycle").Inputs()["rules"]!).Items.Cast<ObjectExpr>().ToList();

        var versions = Assert.Single(rules, r => r["id"] == new StringLit("expire-old-versions"));
        Assert.Equal(ObjectExpr.From(("expiredObjectDeleteMarker", true)), versions["expiration"]);
        Assert.All(rules.Where(r => r != versions), r => Assert.Null(((ObjectExpr)r["expiration"]!)["expiredObjectDeleteMarker"]));
    }

    [Fact]
    public void The_accounts_github_oidc_provider_is_protected_and_stays_when_the_stack_goes()
    {
        // The bootstrap stack creates it by default; an app stack only when told (an account without one).
        Assert.DoesNotContain(Prod.Value.Resources, r => r is IamOidcProvider);

        var staging = FixturePrograms.Program(FixturePrograms.Settings("staging", t => t + "  acme-infra:backups:\n    oidcProvider: create\n"));
        Assert.Equal(ResourceOptions.Protected, staging.Get<IamOidcProvider>("backups-github-oidc").Options);
    }

    [Theory]
    [InlineData("backups-role", "acme/app/.github/workflows/backup.yml@refs/heads/main")]
    [InlineData("backups-restore-role", "acme/app/.github/workflows/restore-check.yml@refs/heads/main")]
    public void Each_role_trusts_only_its_workflow_on_main(string role, string workflowRef)
    {
        var condition = (ObjectExpr)((ObjectExpr)Statements(Prod.Value, role, "assumeRolePolicy")[0]["Condition"]!)["StringEquals"]!;

        Assert.Equal(new StringLit(workflowRef), condition["token.actions.githubusercontent.com:job_workflow_ref"]);
        Assert.Equal(new StringLit("repo:acme/app:ref:refs/heads/main"), condition["token.actions.githubusercontent.com:sub"]);
        Assert.Equal(new StringLit("sts.amazonaws.com"), condition["token.actions.githubusercontent.com:aud"]);
    }

    [Fact]
    public void The_restore_check_may_only_list_and_read_daily_dumps_and_report()
    {
        var statements = Statements(Prod.Value, "backups-restore-role-policy", "policy");
        var bucket = new Ref("backups-bucket", "arn");

        Assert.Equal([ListExpr.Of("s3:ListBucket"), ListExpr.Of("s3:GetObject"), ListExpr.Of("cloudwatch:PutMetricData")], statements.Select(s => s["Action"]));
        Assert.Equal(bucket, statements[0]["Resource"]);
        Assert.Equal(ObjectExpr.From(("StringLike", ObjectExpr.From(("s3:prefix", ListExpr.Of("daily/", "daily/*"))))), statements[0]["Condition"]);
        Assert.Equal(Interpolation.Of(bucket, "/daily/*"), statements[1]["Resource"]);
        Assert.Equal(new Ref("backups-restore-role", "arn"), Prod.Value.FindOutput("restoreRoleArn")!.Value);
    }

    [Theory]
    [InlineData("backups-heartbeat", "BackupSucceeded", 3600, 26)]
    [InlineData("backups-restore-heartbeat", "RestoreSucceeded", 86_400, 7)]
    public void A_heartbeat_counts_every_period_without_a_success_as_zero_and_warns_never_pages(string name, string metric, long period, long periods)
    {
        var heartbeat = Prod.Value.Get<CloudWatchMetricAlarm>(name).Inputs();
        var queries = ((ListExpr)heartbeat["metricQueries"]!).Items.Cast<ObjectExpr>().ToList();

        var reported = (ObjectExpr)queries[0]["metric"]!;
        Assert.Equal(new StringLit(metric), reported["metricName"]);
        Assert.Equal(new IntLit(period), reported["period"]);
        Assert.Equal(ObjectExpr.From(("Stack", "prod")), reported["dimensions"]);
        Assert.Equal(new StringLit("FILL(reported, 0)"), queries[1]["expression"]);
        Assert.Equal(new BoolLit(true), queries[1]["returnData"]);
        Assert.Equal(new IntLit(periods), heartbeat["evaluationPeriods"]);
        Assert.Equal(new IntLit(periods), heartbeat["datapointsToAlarm"]);
        Assert.True(period * periods <= 604_800, "CloudWatch evaluates at most 7 days");
        Assert.Null(heartbeat["metricName"]);
        Assert.Equal(new StringLit("breaching"), heartbeat["treatMissingData"]);
        Assert.Equal(ListExpr.Of(new Ref("alerts-warnings", "arn")), heartbeat["alarmActions"]);
    }

    [Theory]
    [InlineData("backups-failed", "BackupFailed")]
    [InlineData("backups-restore-failed", "RestoreFailed")]
    public void A_reported_failure_warns_at_once(string name, string metric)
    {
        var failed = Prod.Value.Get<CloudWatchMetricAlarm>(name).Inputs();

        Assert.Equal(new StringLit(metric), failed["metricName"]);
        Assert.Equal(new IntLit(300), failed["period"]);
        Assert.Equal(new IntLit(1), failed["evaluationPeriods"]);
        Assert.Equal(new StringLit("GreaterThanOrEqualToThreshold"), failed["comparisonOperator"]);
        Assert.Equal(new StringLit("notBreaching"), failed["treatMissingData"]);
        Assert.Equal(ListExpr.Of(new Ref("alerts-warnings", "arn")), failed["alarmActions"]);
        Assert.Null(failed["okActions"]);
    }

    [Fact]
    public void On_better_stack_the_restore_check_has_its_own_heartbeat_and_secret_url()
    {
        var s = FixturePrograms.Settings("prod");
        var program = FixturePrograms.Program(s with { Uptime = s.Uptime with { Backend = MonitorBackend.BetterStack } });

        var restore = program.Get<Infra.Providers.BetterUptime.BetterUptimeHeartbeat>("backups-restore-heartbeat").Inputs();
        Assert.Equal(new IntLit(4 * 86_400), restore["period"]);
        Assert.Equal(new IntLit(3 * 86_400), restore["grace"]);
        Assert.Equal(new SecretExpr(new Ref("backups-restore-heartbeat", "url")), program.FindOutput("restoreHeartbeatUrl")!.Value);
        Assert.Empty(program.Resources.OfType<CloudWatchMetricAlarm>());
    }
}
