using Infra.Components;
using Infra.Expressions;
using Infra.Graph;
using Infra.Providers.Aws;
using Infra.Providers.BetterUptime;
using Infra.Stacks.Settings;
using Infra.Tests.Support;
using Xunit;

namespace Infra.Tests.Components;

/// <summary>Uptime monitors on either backend, backups and their heartbeat.</summary>
public sealed class MonitoringTests
{
    private static StackSettings WithBackend(string stack, MonitorBackend backend)
    {
        var s = FixturePrograms.Settings(stack);
        return s with { Uptime = s.Uptime with { Backend = backend }, Alerts = s.Alerts with { Webhook = s.Alerts.Webhook && backend == MonitorBackend.Aws } };
    }

    [Fact]
    public void The_aws_backend_checks_each_endpoint_from_three_regions_every_30_seconds_without_paying_for_latency()
    {
        var program = FixturePrograms.Program("prod");
        var checks = program.Resources.OfType<Route53HealthCheck>().ToList();

        Assert.Equal(["uptime-home-check", "uptime-login-check", "uptime-api-health-db-check", "uptime-courses-check"], checks.Select(c => c.Name));
        var db = program.Get<Route53HealthCheck>("uptime-api-health-db-check").Inputs();
        Assert.Equal(new StringLit("HTTPS_STR_MATCH"), db["type"]);
        Assert.Equal(new StringLit("\"healthy\""), db["searchString"]);
        Assert.Equal(new StringLit("/api/health/db"), db["resourcePath"]);
        Assert.All(checks, c =>
        {
            var i = c.Inputs();
            Assert.Equal(new IntLit(30), i["requestInterval"]);
            Assert.Equal(new IntLit(2), i["failureThreshold"]);
            Assert.Null(i["measureLatency"]);
            Assert.True(((ListExpr)i["regions"]!).Items.Length >= 3);
        });
        Assert.Equal(new StringLit("HTTPS"), program.Get<Route53HealthCheck>("uptime-home-check").Inputs()["type"]);
    }

    [Fact]
    public void Every_alarm_and_topic_lives_in_us_east_1_and_each_check_alarm_watches_its_own_check()
    {
        var program = FixturePrograms.Program("prod");
        var down = program.Get<CloudWatchMetricAlarm>("uptime-login-down").Inputs();

        Assert.Equal(new StringLit("HealthCheckStatus"), down["metricName"]);
        Assert.Equal(ObjectExpr.From(("HealthCheckId", new Ref("uptime-login-check", "id"))), down["dimensions"]);
        Assert.All(program.Resources.OfType<CloudWatchMetricAlarm>(), a => Assert.Equal(new StringLit("us-east-1"), a.Inputs()["region"]));
        Assert.All(program.Resources.OfType<CloudWatchCompositeAlarm>(), a => Assert.Equal(new StringLit("us-east-1"), a.Inputs()["region"]));
        Assert.All(program.Resources.OfType<SnsTopic>(), t => Assert.Equal(new StringLit("us-east-1"), t.Inputs()["region"]));
    }

    [Fact]
    public void The_better_stack_backend_replaces_every_aws_monitor()
    {
        var program = FixturePrograms.Program(WithBackend("prod", MonitorBackend.BetterStack));

        Assert.Empty(program.Resources.OfType<Route53HealthCheck>());
        Assert.Empty(program.Resources.OfType<CloudWatchMetricAlarm>());
        Assert.Empty(program.Resources.OfType<SnsTopic>());
        var monitors = program.Resources.OfType<BetterUptimeMonitor>().ToList();
        Assert.Equal(4, monitors.Count);
        var db = program.Get<BetterUptimeMonitor>("uptime-api-health-db-monitor").Inputs();
        Assert.Equal(new StringLit("keyword"), db["monitorType"]);
        Assert.Equal(new StringLit("\"healthy\""), db["requiredKeyword"]);
        Assert.Equal(new StringLit("https://app.acme.test/api/health/db"), db["url"]);
        Assert.Equal(new IntLit(180), db["checkFrequency"]);
        Assert.Equal(new IntLit(180), db["confirmationPeriod"]);
        Assert.Equal(new IntLit(14), db["sslExpiration"]);
        Assert.Equal(new IntLit(15), db["requestTimeout"]);
        Assert.Equal(new Ref("alerts-policy", "id"), db["policyId"]);
        Assert.Equal(new BoolLit(true), db["call"]);
        Assert.True(((ListExpr)db["regions"]!).Items.Length >= 2);
    }

    [Fact]
    public void Better_stack_in_staging_never_calls_people()
    {
        var program = FixturePrograms.Program(WithBackend("staging", MonitorBackend.BetterStack));

        Assert.All(program.Resources.OfType<BetterUptimeMonitor>(), m =>
        {
            Assert.Equal(new BoolLit(false), m.Inputs()["call"]);
            Assert.Equal(new BoolLit(false), m.Inputs()["sms"]);
            Assert.Equal(new BoolLit(false), m.Inputs()["email"]);
        });
        var steps = ((ListExpr)program.Get<BetterUptimePolicy>("alerts-policy").Inputs()["steps"]!).Items;
        Assert.Single(steps);
    }

    [Fact]
    public void A_webhook_without_aws_alarm_topics_is_a_warning_and_declares_no_config()
    {
        var s = FixturePrograms.Settings("prod", t => t + $"    webhook: true\n  {FixtureProject.Name}:alertWebhookUrl:\n    secure: v1:c2FsdA==:Y2lwaGVydGV4dA==\n");

        var result = Infra.Stacks.Composition.StackComposer.Compose(s with { Uptime = s.Uptime with { Backend = MonitorBackend.BetterStack } });

        var warning = Assert.Single(result.Diagnostics);
        Assert.False(warning.IsError);
        Assert.Equal($"{FixtureProject.Name}:alerts.webhook", warning.Location);
        Assert.DoesNotContain(result.Program!.Config, c => c.Name == "alertWebhookUrl");
    }

    [Fact]
    public void A_stack_that_is_not_public_has_no_monitors()
    {
        var s = FixturePrograms.Settings("staging");
        var program = FixturePrograms.Program(s with { Uptime = s.Uptime with { Enabled = false } });

        Assert.Empty(program.Resources.OfType<Route53HealthCheck>());
        Assert.Empty(program.Resources.OfType<BetterUptimeMonitor>());
        Assert.NotNull(program.FindResource("backups-heartbeat"));
    }

    [Fact]
    public void The_backup_bucket_is_versioned_encrypted_private_and_expires_by_prefix()
    {
        var program = FixturePrograms.Program("prod");

        Assert.Equal(new StringLit("acme-db-backups"), program.Get<S3Bucket>("backups-bucket").Inputs()["bucket"]);
        Assert.Equal(ObjectExpr.From(("status", "Enabled")), program.Get<S3BucketVersioning>("backups-versioning").Inputs()["versioningConfiguration"]);
        Assert.Equal(ObjectExpr.From(("objectOwnership", "BucketOwnerEnforced")), program.Get<S3BucketOwnershipControls>("backups-ownership").Inputs()["rule"]);
        var block = program.Get<S3BucketPublicAccessBlock>("backups-public-access-block").Inputs();
        Assert.All(new[] { "blockPublicAcls", "blockPublicPolicy", "ignorePublicAcls", "restrictPublicBuckets" }, k => Assert.Equal(new BoolLit(true), block[k]));
        var rules = ((ListExpr)program.Get<S3BucketLifecycle>("backups-lifecycle").Inputs()["rules"]!).Items.Cast<ObjectExpr>().ToList();
        Assert.Equal(ObjectExpr.From(("days", 7L)), rules[0]["expiration"]);
        Assert.Equal(ObjectExpr.From(("prefix", "daily/")), rules[0]["filter"]);
        Assert.Equal(ObjectExpr.From(("days", 28L)), rules[1]["expiration"]);
        Assert.Equal(ObjectExpr.From(("noncurrentDays", 7L)), rules[2]["noncurrentVersionExpiration"]);
        Assert.Equal(ObjectExpr.From(("daysAfterInitiation", 1L)), rules[2]["abortIncompleteMultipartUpload"]);
    }

    [Fact]
    public void Only_the_repositorys_main_branch_may_assume_the_backup_role_and_it_may_only_put_dumps()
    {
        var program = FixturePrograms.Program("prod");
        var trust = (ObjectExpr)((ListExpr)((ObjectExpr)((ToJsonExpr)program.Get<IamRole>("backups-role").Inputs()["assumeRolePolicy"]!).Value)["Statement"]!).Items[0];
        var condition = (ObjectExpr)((ObjectExpr)trust["Condition"]!)["StringEquals"]!;

        // The account's provider, looked up: the bootstrap stack creates it (backups.oidcProvider: existing).
        Assert.Equal(ObjectExpr.From(("Federated", new Ref("backups-github-oidc"))), trust["Principal"]);
        Assert.Equal(new StringLit("repo:acme/app:ref:refs/heads/main"), condition["token.actions.githubusercontent.com:sub"]);
        Assert.Equal(new StringLit("sts.amazonaws.com"), condition["token.actions.githubusercontent.com:aud"]);

        var policy = (ObjectExpr)((ToJsonExpr)program.Get<IamRolePolicy>("backups-role-policy").Inputs()["policy"]!).Value;
        var statements = ((ListExpr)policy["Statement"]!).Items.Cast<ObjectExpr>().ToList();
        Assert.Equal([ListExpr.Of("s3:PutObject"), ListExpr.Of("cloudwatch:PutMetricData")], statements.Select(s => s["Action"]));
        Assert.Equal(ListExpr.Of(Interpolation.Of(new Ref("backups-bucket", "arn"), "/daily/*"), Interpolation.Of(new Ref("backups-bucket", "arn"), "/weekly/*")), statements[0]["Resource"]);
    }

    [Fact]
    public void A_named_environment_narrows_the_trust_and_staging_reads_the_existing_oidc_provider()
    {
        var s = FixturePrograms.Settings("staging");
        var program = FixturePrograms.Program(s with { Backups = s.Backups with { GitHubEnvironment = "backups" } });

        Assert.Null(program.FindResource("backups-github-oidc"));
        var lookup = Assert.IsType<InvokeExpr>(program.Variables.Single(v => v.Name == "backups-github-oidc").Value);
        Assert.Equal("aws:iam/getOpenIdConnectProvider:getOpenIdConnectProvider", lookup.Function);
        var yaml = Infra.Writer.PulumiYamlWriter.Write(program);
        Assert.Contains("token.actions.githubusercontent.com:sub: repo:acme/app:environment:backups", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void The_better_stack_heartbeat_expects_a_daily_call_with_two_hours_grace_and_its_url_stays_secret()
    {
        var program = FixturePrograms.Program(WithBackend("prod", MonitorBackend.BetterStack));
        var heartbeat = program.Get<BetterUptimeHeartbeat>("backups-heartbeat").Inputs();

        Assert.Equal(new IntLit(86_400), heartbeat["period"]);
        Assert.Equal(new IntLit(7200), heartbeat["grace"]);
        Assert.Equal(new SecretExpr(new Ref("backups-heartbeat", "url")), program.FindOutput("backupHeartbeatUrl")!.Value);
        var policy = ((ObjectExpr)((ToJsonExpr)program.Get<IamRolePolicy>("backups-role-policy").Inputs()["policy"]!).Value)["Statement"]!;
        Assert.Single(((ListExpr)policy).Items);
    }

    [Fact]
    public void Disabled_backups_declare_no_bucket()
    {
        var s = FixturePrograms.Settings("staging");
        var program = FixturePrograms.Program(s with { Backups = s.Backups with { Enabled = false } });

        Assert.Empty(program.Resources.OfType<S3Bucket>());
        Assert.Null(program.FindOutput("backupBucket"));
    }
}
