using Infra.Expressions;
using Infra.Graph;
using Infra.Providers.Aws;
using Infra.Providers.Sentry;
using Infra.Tests.Support;
using Xunit;

namespace Infra.Tests.Components;

/// <summary>Alert rules by severity, filtered to the stack's environment; only production pages people.</summary>
public sealed class AlertRoutingTests
{
    private static List<ObjectExpr> IssueActions(ProgramGraph program, string name) =>
        [.. ((ListExpr)program.Get<SentryIssueAlert>(name).Inputs()["actions"]!).Items.Cast<ObjectExpr>()];

    private static List<ObjectExpr> MetricActions(ProgramGraph program, string name)
    {
        var trigger = (ObjectExpr)Assert.Single(((ListExpr)program.Get<SentryMetricAlert>(name).Inputs()["triggers"]!).Items);
        return [.. ((ListExpr)trigger["actions"]!).Items.Cast<ObjectExpr>()];
    }

    [Theory]
    [InlineData("prod")]
    [InlineData("staging")]
    public void Every_rule_is_filtered_to_the_stacks_environment(string stack)
    {
        var program = TestStacks.Program(stack);

        var rules = program.Resources.Where(r => r is SentryIssueAlert or SentryMetricAlert).ToList();
        Assert.Equal(5, rules.Count);
        Assert.All(rules, r => Assert.Equal(new StringLit(stack), r.Inputs()["environment"]));
    }

    [Fact]
    public void P0_is_a_new_fatal_or_severity_p0_issue_to_slack_and_email_at_once()
    {
        var alert = TestStacks.Program("prod").Get<SentryIssueAlert>("sentry-alert-p0").Inputs();
        var filters = ((ListExpr)alert["filters"]!).Items.Cast<ObjectExpr>().ToList();

        Assert.Equal(new IntLit(5), alert["frequency"]);
        Assert.Equal(new StringLit("any"), alert["filterMatch"]);
        Assert.Contains(ObjectExpr.From(("id", "sentry.rules.filters.level.LevelFilter"), ("level", "50"), ("match", "eq")), filters);
        Assert.Contains(ObjectExpr.From(("id", "sentry.rules.filters.tagged_event.TaggedEventFilter"), ("key", "severity"), ("match", "eq"), ("value", "p0")), filters);
        var actions = IssueActions(TestStacks.Program("prod"), "sentry-alert-p0");
        Assert.Equal(new StringLit("#incidents"), actions[0]["channel"]);
        Assert.Equal(new Ref("sentry-slack", "id"), actions[0]["workspace"]);
        Assert.Equal(new StringLit("sentry.mail.actions.NotifyEmailAction"), actions[1]["id"]);
    }

    [Fact]
    public void P1_is_an_issue_seen_more_than_ten_times_in_an_hour_with_numbers_as_strings()
    {
        var conditions = ((ListExpr)TestStacks.Program("prod").Get<SentryIssueAlert>("sentry-alert-p1").Inputs()["conditions"]!).Items;

        Assert.Equal(
            ObjectExpr.From(("id", "sentry.rules.conditions.event_frequency.EventFrequencyCondition"), ("value", "10"), ("interval", "1h"), ("comparisonType", "count")),
            Assert.Single(conditions));
    }

    [Fact]
    public void The_digest_fires_at_most_daily_per_issue()
    {
        Assert.Equal(new IntLit(1440), TestStacks.Program("prod").Get<SentryIssueAlert>("sentry-alert-digest").Inputs()["frequency"]);
    }

    [Fact]
    public void Slow_is_p95_over_five_seconds_for_ten_minutes_to_slack_only()
    {
        var program = TestStacks.Program("prod");
        var slow = program.Get<SentryMetricAlert>("sentry-alert-slow").Inputs();

        Assert.Equal(new StringLit("p95(transaction.duration)"), slow["aggregate"]);
        Assert.Equal(new NumberLit(10), slow["timeWindow"]);
        Assert.Equal(new StringLit("transactions"), slow["dataset"]);
        var trigger = (ObjectExpr)((ListExpr)slow["triggers"]!).Items[0];
        Assert.Equal(new NumberLit(5000), trigger["alertThreshold"]);
        Assert.Equal([new StringLit("slack")], MetricActions(program, "sentry-alert-slow").Select(a => a["type"]));
    }

    [Fact]
    public void The_error_spike_goes_to_slack_and_email_in_production()
    {
        var actions = MetricActions(TestStacks.Program("prod"), "sentry-alert-error-spike");

        Assert.Equal([new StringLit("slack"), new StringLit("email")], actions.Select(a => a["type"]));
        Assert.Equal(new Ref("sentry-slack-integration-id"), actions[0]["integrationId"]);
    }

    [Fact]
    public void Without_a_configured_id_metric_alerts_parse_the_lookups_string_id_as_an_integer()
    {
        var program = TestStacks.Program("prod");

        var parse = Assert.IsType<InvokeExpr>(program.Variables.Single(v => v.Name == "sentry-slack-integration-id").Value);

        Assert.Equal("std:index:parseint", parse.Function);
        Assert.Equal("result", parse.Return);
        Assert.Equal(new Ref("sentry-slack", "id"), parse.Arguments["input"]);
    }

    [Fact]
    public void A_configured_slack_integration_id_is_an_integer_in_metric_alerts()
    {
        var settings = TestStacks.Settings("prod");
        var program = TestStacks.Program(settings with { Sentry = settings.Sentry with { SlackIntegrationId = 424242 } });

        Assert.Equal(new IntLit(424242), MetricActions(program, "sentry-alert-slow")[0]["integrationId"]);
        Assert.DoesNotContain(program.Variables, v => v.Name == "sentry-slack-integration-id");
    }

    [Fact]
    public void Staging_alerts_go_only_to_the_quiet_channel()
    {
        var program = TestStacks.Program("staging");

        foreach (var name in new[] { "sentry-alert-p0", "sentry-alert-p1", "sentry-alert-digest" })
        {
            var action = Assert.Single(IssueActions(program, name));
            Assert.Equal(new StringLit("#alerts-staging"), action["channel"]);
        }

        foreach (var name in new[] { "sentry-alert-error-spike", "sentry-alert-slow" })
        {
            var action = Assert.Single(MetricActions(program, name));
            Assert.Equal(new StringLit("#alerts-staging"), action["targetIdentifier"]);
        }

        Assert.Empty(program.Resources.OfType<SnsTopicSubscription>());
    }

    [Fact]
    public void Production_downtime_emails_and_texts_people()
    {
        var subscriptions = TestStacks.Program("prod").Resources.OfType<SnsTopicSubscription>().Select(s => s.Inputs()).ToList();

        Assert.Contains(subscriptions, s => s["protocol"] == new StringLit("email") && s["endpoint"] == new StringLit("oncall@example.com"));
        Assert.Contains(subscriptions, s => s["protocol"] == new StringLit("sms") && s["endpoint"] == new StringLit("+14155550100"));
        Assert.All(subscriptions.Where(s => s["protocol"] != new StringLit("https")), s => Assert.Equal(new Ref("alerts-alarms", "arn"), s["topic"]));
        Assert.Equal(
            [new Ref("alerts-alarms", "arn"), new Ref("alerts-warnings", "arn")],
            subscriptions.Where(s => s["protocol"] == new StringLit("https")).Select(s => s["topic"]));
        Assert.All(subscriptions.Where(s => s["protocol"] == new StringLit("https")), s => Assert.Equal(new Ref("alertWebhookUrl"), s["endpoint"]));
    }

    [Fact]
    public void A_webhook_subscription_references_secret_config_only()
    {
        var settings = TestStacks.Settings("staging");
        var program = TestStacks.Program(settings with { Alerts = settings.Alerts with { Webhook = true } });

        var hooks = program.Resources.OfType<SnsTopicSubscription>().Where(s => s.Inputs()["protocol"] == new StringLit("https")).ToList();
        Assert.Equal(2, hooks.Count);
        Assert.All(hooks, h => Assert.Equal(new Ref("alertWebhookUrl"), h.Inputs()["endpoint"]));
        Assert.True(program.Config.Single(c => c.Name == "alertWebhookUrl").Secret);
    }
}
