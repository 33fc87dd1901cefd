using Infra.Components;
using Infra.Expressions;
using Infra.Graph;
using Infra.Providers.Aws;
using Infra.Tests.Support;
using Xunit;

namespace Infra.Tests.Components;

/// <summary>
/// Uptime on AWS (the tests' own project): one page per outage and one recovery message, a slow
/// warning that can fire, the certificate's expiry, alarm names with app and stack, and no database
/// checks where the database scales to zero.
/// </summary>
public sealed class UptimeAlarmsTests
{
    private static readonly Lazy<ProgramGraph> Prod = new(() => FixturePrograms.Program("prod"));
    private static readonly Lazy<ProgramGraph> Staging = new(() => FixturePrograms.Program("staging"));

    private static ProgramGraph WithSms() => FixturePrograms.Program(FixturePrograms.Settings("prod", t => t + "    smsNumbers:\n      - \"+14155550100\"\n"));

    [Fact]
    public void One_composite_alarm_pages_once_per_outage_and_sends_one_recovery_without_a_text()
    {
        var program = WithSms();
        var down = program.Get<CloudWatchCompositeAlarm>("uptime-down").Inputs();

        Assert.Equal(
            Interpolation.Of(
                "ALARM(\"", new Ref("uptime-home-down", "name"), "\") OR ALARM(\"", new Ref("uptime-login-down", "name"),
                "\") OR ALARM(\"", new Ref("uptime-api-health-db-down", "name"), "\") OR ALARM(\"", new Ref("uptime-courses-down", "name"), "\")"),
            down["alarmRule"]);
        Assert.Equal(ListExpr.Of(new Ref("alerts-alarms", "arn"), new Ref("alerts-pages", "arn")), down["alarmActions"]);
        Assert.Equal(ListExpr.Of(new Ref("alerts-alarms", "arn")), down["okActions"]);
        Assert.All(program.Resources.OfType<CloudWatchMetricAlarm>().Where(a => a.Name.EndsWith("-down", StringComparison.Ordinal)), a =>
        {
            Assert.Null(a.Inputs()["alarmActions"]);
            Assert.Null(a.Inputs()["okActions"]);
            Assert.Equal(new StringLit("missing"), a.Inputs()["treatMissingData"]);
        });
    }

    [Fact]
    public void Without_phone_numbers_the_outage_goes_to_the_alarm_topic_only()
    {
        Assert.Equal(ListExpr.Of(new Ref("alerts-alarms", "arn")), Prod.Value.Get<CloudWatchCompositeAlarm>("uptime-down").Inputs()["alarmActions"]);
        Assert.Null(Prod.Value.FindResource("alerts-pages"));
    }

    [Fact]
    public void Slow_is_the_probes_load_time_above_the_threshold_twice_in_a_row_well_inside_its_timeout_and_warns_once()
    {
        var program = Prod.Value;
        var slow = program.Get<CloudWatchMetricAlarm>("uptime-login-slow").Inputs();
        var probe = program.Get<LambdaFunction>("uptime-probe").Inputs();
        var variables = (ObjectExpr)((ObjectExpr)probe["environment"]!)["variables"]!;

        Assert.Equal(new StringLit(UptimeProbe.MetricNamespace), slow["namespace"]);
        Assert.Equal(new StringLit("LoadTime"), slow["metricName"]);
        Assert.Equal(ObjectExpr.From(("Check", "login"), ("Stack", "prod")), slow["dimensions"]);
        Assert.Equal(new NumberLit(5000), slow["threshold"]);
        Assert.Equal(new IntLit(2), slow["datapointsToAlarm"]);
        Assert.Null(slow["alarmActions"]);
        Assert.True(long.Parse(((StringLit)variables["TIMEOUT_MS"]!).Value, System.Globalization.CultureInfo.InvariantCulture) > 5000);
        Assert.True(((IntLit)probe["timeout"]!).Value * 1000 > long.Parse(((StringLit)variables["TIMEOUT_MS"]!).Value, System.Globalization.CultureInfo.InvariantCulture));
        var composite = program.Get<CloudWatchCompositeAlarm>("uptime-slow").Inputs();
        Assert.Equal(ListExpr.Of(new Ref("alerts-warnings", "arn")), composite["alarmActions"]);
        Assert.Equal(ListExpr.Of(new Ref("alerts-warnings", "arn")), composite["okActions"]);
    }

    [Fact]
    public void The_certificate_expiring_within_14_days_is_a_warning()
    {
        var tls = Prod.Value.Get<CloudWatchMetricAlarm>("uptime-tls").Inputs();

        Assert.Equal(new StringLit("TlsDaysRemaining"), tls["metricName"]);
        Assert.Equal(ObjectExpr.From(("Stack", "prod")), tls["dimensions"]);
        Assert.Equal(new NumberLit(14), tls["threshold"]);
        Assert.Equal(new StringLit("LessThanThreshold"), tls["comparisonOperator"]);
        Assert.Equal(ListExpr.Of(new Ref("alerts-warnings", "arn")), tls["alarmActions"]);
    }

    [Fact]
    public void The_probe_runs_every_five_minutes_loads_each_check_and_reads_the_hosts_certificate()
    {
        var program = Prod.Value;
        var probe = program.Get<LambdaFunction>("uptime-probe").Inputs();
        var variables = (ObjectExpr)((ObjectExpr)probe["environment"]!)["variables"]!;
        var archive = Assert.IsType<AssetArchiveExpr>(probe["code"]);
        var script = Assert.IsType<StringAssetExpr>(archive.Members[UptimeProbeScript.FileName]);

        Assert.Equal(new StringLit("nodejs22.x"), probe["runtime"]);
        Assert.Equal(new StringLit("index.handler"), probe["handler"]);
        Assert.Contains("export const handler", script.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("${", script.Text, StringComparison.Ordinal);
        Assert.Equal(new StringLit("app.acme.test"), variables["HOST"]);
        Assert.Equal(
            new StringLit("""[{"check":"home","url":"https://app.acme.test/"},{"check":"login","url":"https://app.acme.test/login"},{"check":"api-health-db","url":"https://app.acme.test/api/health/db"},{"check":"courses","url":"https://app.acme.test/courses"}]"""),
            variables["TARGETS"]);
        Assert.Equal(new StringLit("rate(5 minutes)"), program.Get<EventRule>("uptime-probe-schedule").Inputs()["scheduleExpression"]);
        Assert.Equal(new Ref("uptime-probe", "arn"), program.Get<EventTarget>("uptime-probe-target").Inputs()["arn"]);
        var grant = program.Get<LambdaInvokeGrant>("uptime-probe-invoke").Inputs();
        Assert.Equal(new StringLit("events.amazonaws.com"), grant["principal"]);
        Assert.Equal(new Ref("uptime-probe-schedule", "arn"), grant["sourceArn"]);
        Assert.Equal(ListExpr.Of(new Ref("alerts-warnings", "arn")), program.Get<CloudWatchMetricAlarm>("uptime-probe-errors").Inputs()["alarmActions"]);
    }

    [Fact]
    public void The_probe_may_write_only_its_log_group_and_its_metric_namespace()
    {
        var policy = (ObjectExpr)((ToJsonExpr)Prod.Value.Get<IamRolePolicy>("uptime-probe-role-policy").Inputs()["policy"]!).Value;
        var statements = ((ListExpr)policy["Statement"]!).Items.Cast<ObjectExpr>().ToList();

        Assert.Equal(Interpolation.Of(new Ref("uptime-probe-logs", "arn"), ":*"), statements[0]["Resource"]);
        Assert.Equal(ObjectExpr.From(("StringEquals", ObjectExpr.From(("cloudwatch:namespace", UptimeProbe.MetricNamespace)))), statements[1]["Condition"]);
        Assert.Equal(new IntLit(14), Prod.Value.Get<CloudWatchLogGroup>("uptime-probe-logs").Inputs()["retentionInDays"]);
    }

    [Fact]
    public void Every_alarm_is_named_after_the_app_the_stack_and_its_logical_name()
    {
        foreach (var (program, prefix) in new[] { (Prod.Value, "acme-prod-"), (Staging.Value, "acme-staging-") })
        {
            var metric = program.Resources.OfType<CloudWatchMetricAlarm>().Select(a => (a.Name, Value: a.Inputs()["name"]));
            var composite = program.Resources.OfType<CloudWatchCompositeAlarm>().Select(a => (a.Name, Value: a.Inputs()["alarmName"]));
            Assert.All(metric.Concat(composite), a => Assert.Equal(new StringLit(prefix + a.Name), a.Value));
        }
    }

    [Fact]
    public void Where_the_database_scales_to_zero_no_check_or_probe_queries_it()
    {
        var staging = Staging.Value;
        var variables = (ObjectExpr)((ObjectExpr)staging.Get<LambdaFunction>("uptime-probe").Inputs()["environment"]!)["variables"]!;

        Assert.Null(staging.FindResource("uptime-api-health-db-check"));
        Assert.Null(staging.FindResource("uptime-api-health-db-slow"));
        Assert.DoesNotContain("/api/health/db", ((StringLit)variables["TARGETS"]!).Value, StringComparison.Ordinal);
        Assert.NotNull(staging.FindResource("uptime-login-check"));
        Assert.NotNull(Prod.Value.FindResource("uptime-api-health-db-check"));
    }

    [Fact]
    public void A_database_check_stays_where_the_compute_never_suspends()
    {
        var program = FixturePrograms.Program(FixturePrograms.Settings("staging", t => t.Replace("    plan: launch\n", "    plan: launch\n    suspendTimeoutSeconds: -1\n", StringComparison.Ordinal)));

        Assert.NotNull(program.FindResource("uptime-api-health-db-check"));
    }

    [Fact]
    public void Staging_alarms_reach_its_quiet_channel()
    {
        var staging = Staging.Value;
        var slack = Assert.Single(staging.Resources.OfType<ChatbotSlackChannel>()).Inputs();

        Assert.Equal(new StringLit("C0ACMEQUIET"), slack["slackChannelId"]);
        Assert.Equal(ListExpr.Of(new Ref("alerts-alarms", "arn"), new Ref("alerts-warnings", "arn")), slack["snsTopicArns"]);
        Assert.Equal(ListExpr.Of(new Ref("alerts-alarms", "arn")), staging.Get<CloudWatchCompositeAlarm>("uptime-down").Inputs()["alarmActions"]);
    }
}
