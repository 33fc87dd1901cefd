using Infra.Components;
using Infra.Expressions;
using Infra.Graph;
using Infra.Providers.Aws;
using Infra.Tests.Support;
using Xunit;

namespace Infra.Tests.Components;

/// <summary>Channels that deliver on the AWS backend: Slack through AWS Chatbot, SMS with the account's SMS settings, failed deliveries seen.</summary>
public sealed class AlertChannelsTests
{
    private static readonly Lazy<ProgramGraph> Prod = new(() => FixturePrograms.Program("prod"));

    private static ProgramGraph WithSms(string extra = "") =>
        FixturePrograms.Program(FixturePrograms.Settings("prod", t => t + "    smsNumbers:\n      - \"+14155550100\"\n" + extra));

    [Fact]
    public void Chatbot_posts_downtime_to_the_p0_channel_and_warnings_to_the_p1_channel()
    {
        var program = Prod.Value;
        var p0 = program.Get<ChatbotSlackChannel>("alerts-slack-p0").Inputs();
        var p1 = program.Get<ChatbotSlackChannel>("alerts-slack-p1").Inputs();

        Assert.Equal(new StringLit("T0ACMETEAM"), p0["slackTeamId"]);
        Assert.Equal(new StringLit("C0ACMEP000"), p0["slackChannelId"]);
        Assert.Equal(ListExpr.Of(new Ref("alerts-alarms", "arn")), p0["snsTopicArns"]);
        Assert.Equal(new StringLit("C0ACMEP100"), p1["slackChannelId"]);
        Assert.Equal(ListExpr.Of(new Ref("alerts-warnings", "arn")), p1["snsTopicArns"]);
        Assert.Equal(new StringLit("acme-prod-p0"), p0["configurationName"]);
        Assert.All(new[] { p0, p1 }, c =>
        {
            Assert.Equal(new Ref("alerts-chatbot-role", "arn"), c["iamRoleArn"]);
            Assert.Equal(ListExpr.Of(ChatbotChannels.Guardrail), c["guardrailPolicyArns"]);
            Assert.Null(c["region"]);
        });
    }

    [Fact]
    public void The_chatbot_role_is_assumed_by_chatbot_and_only_reads_cloudwatch()
    {
        var trust = (ObjectExpr)((ListExpr)((ObjectExpr)((ToJsonExpr)Prod.Value.Get<IamRole>("alerts-chatbot-role").Inputs()["assumeRolePolicy"]!).Value)["Statement"]!).Items[0];
        var policy = (ObjectExpr)((ListExpr)((ObjectExpr)((ToJsonExpr)Prod.Value.Get<IamRolePolicy>("alerts-chatbot-role-policy").Inputs()["policy"]!).Value)["Statement"]!).Items[0];

        Assert.Equal(ObjectExpr.From(("Service", "chatbot.amazonaws.com")), trust["Principal"]);
        Assert.Equal(ListExpr.Of("cloudwatch:Describe*", "cloudwatch:Get*", "cloudwatch:List*"), policy["Action"]);
    }

    [Fact]
    public void One_channel_for_both_topics_is_one_chatbot_configuration()
    {
        var program = FixturePrograms.Program(FixturePrograms.Settings("prod", t => t.Replace("p1: C0ACMEP100", "p1: C0ACMEP000", StringComparison.Ordinal)));

        var slack = Assert.Single(program.Resources.OfType<ChatbotSlackChannel>()).Inputs();
        Assert.Equal(ListExpr.Of(new Ref("alerts-alarms", "arn"), new Ref("alerts-warnings", "arn")), slack["snsTopicArns"]);
    }

    [Fact]
    public void Texts_are_transactional_within_the_monthly_budget_and_every_delivery_is_logged()
    {
        var program = WithSms("    smsMonthlySpendLimit: 20\n");
        var preferences = program.Get<SnsSmsPreferences>("alerts-sms-preferences").Inputs();
        var trust = (ObjectExpr)((ListExpr)((ObjectExpr)((ToJsonExpr)program.Get<IamRole>("alerts-sms-logs-role").Inputs()["assumeRolePolicy"]!).Value)["Statement"]!).Items[0];

        Assert.Equal(new StringLit("Transactional"), preferences["defaultSmsType"]);
        Assert.Equal(new IntLit(20), preferences["monthlySpendLimit"]);
        Assert.Equal(new Ref("alerts-sms-logs-role", "arn"), preferences["deliveryStatusIamRoleArn"]);
        Assert.Equal(new StringLit("100"), preferences["deliveryStatusSuccessSamplingRate"]);
        Assert.Equal(new StringLit("us-east-1"), preferences["region"]);
        Assert.Equal(ObjectExpr.From(("Service", "sns.amazonaws.com")), trust["Principal"]);
    }

    [Fact]
    public void A_failed_text_or_notification_is_a_warning()
    {
        var program = WithSms();
        var pages = program.Get<CloudWatchMetricAlarm>("alerts-pages-undelivered").Inputs();

        Assert.Equal(new StringLit("NumberOfNotificationsFailed"), pages["metricName"]);
        Assert.Equal(ObjectExpr.From(("TopicName", new Ref("alerts-pages", "name"))), pages["dimensions"]);
        Assert.Equal(ListExpr.Of(new Ref("alerts-warnings", "arn")), pages["alarmActions"]);
        Assert.NotNull(program.FindResource("alerts-alarms-undelivered"));
    }

    [Fact]
    public void Without_phone_numbers_no_sms_settings_are_declared()
    {
        Assert.Empty(Prod.Value.Resources.OfType<SnsSmsPreferences>());
        Assert.Empty(FixturePrograms.Program("staging").Resources.OfType<SnsSmsPreferences>());
    }

    [Fact]
    public void Alarm_topics_without_the_slack_team_id_are_an_error_of_the_program()
    {
        var settings = FixturePrograms.Settings("prod");

        var result = Infra.Stacks.Composition.StackComposer.Compose(settings with { Alerts = settings.Alerts with { SlackTeamId = null } });

        Assert.Null(result.Program);
        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.SlackTeamMissing);
        Assert.Equal("alerts", error.Location);
        Assert.Contains("alerts.slackTeamId", error.Message, StringComparison.Ordinal);
    }
}
