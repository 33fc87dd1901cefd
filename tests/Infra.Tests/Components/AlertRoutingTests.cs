using Infra.Expressions;
using Infra.Graph;
using Infra.Providers.Aws;
using Infra.Providers.Sentry;
using Infra.Tests.Support;
using Xunit;

namespace Infra.Tests.Components;

/// <summary>Alert routing: only production emails and pages people (the Sentry rules themselves: SentryRulesTests).</summary>
public sealed class AlertRoutingTests
{
    private static List<ObjectExpr> MetricActions(ProgramGraph program, string name)
    {
        var trigger = (ObjectExpr)Assert.Single(((ListExpr)program.Get<SentryMetricAlert>(name).Inputs()["triggers"]!).Items);
        return [.. ((ListExpr)trigger["actions"]!).Items.Cast<ObjectExpr>()];
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
    public void Staging_alarms_reach_nobody_by_email_or_sms()
    {
        Assert.Empty(TestStacks.Program("staging").Resources.OfType<SnsTopicSubscription>());
    }

    [Fact]
    public void Production_emails_downtime_and_warnings_and_texts_only_the_start_of_an_outage()
    {
        var subscriptions = TestStacks.Program("prod").Resources.OfType<SnsTopicSubscription>().Select(s => s.Inputs()).ToList();

        var emails = subscriptions.Where(s => s["protocol"] == new StringLit("email")).ToList();
        Assert.Equal([new Ref("alerts-alarms", "arn"), new Ref("alerts-warnings", "arn")], emails.Select(s => s["topic"]));
        Assert.All(emails, s => Assert.Equal(new StringLit("oncall@example.com"), s["endpoint"]));
        var sms = Assert.Single(subscriptions, s => s["protocol"] == new StringLit("sms"));
        Assert.Equal(new StringLit("+14155550100"), sms["endpoint"]);
        Assert.Equal(new Ref("alerts-pages", "arn"), sms["topic"]);
    }

    [Fact]
    public void The_webhook_must_confirm_its_subscriptions_so_an_unconfirmable_one_fails_the_update()
    {
        var hooks = TestStacks.Program("prod").Resources.OfType<SnsTopicSubscription>().Select(s => s.Inputs()).Where(s => s["protocol"] == new StringLit("https")).ToList();

        Assert.Equal([new Ref("alerts-alarms", "arn"), new Ref("alerts-warnings", "arn")], hooks.Select(s => s["topic"]));
        Assert.All(hooks, s =>
        {
            Assert.Equal(new Ref("alertWebhookUrl"), s["endpoint"]);
            Assert.Equal(new BoolLit(true), s["endpointAutoConfirms"]);
            Assert.Equal(new IntLit(5), s["confirmationTimeoutInMinutes"]);
        });
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
