using Infra.Expressions;
using Infra.Graph;
using Infra.Providers.Aws;

namespace Infra.Components;

/// <summary>
/// Slack for the AWS alarm topics, through AWS Chatbot (an SNS subscription of a Slack incoming
/// webhook can never be confirmed): one channel configuration per Slack channel, with the topics
/// routed there (production: downtime to the P0 channel, warnings to the P1 channel; otherwise both
/// to the quiet channel), and one notification-only role for all of them.
/// </summary>
public static class ChatbotChannels
{
    /// <summary>What channel members may do through Chatbot: read CloudWatch, nothing else (the provider's default guardrail is AdministratorAccess).</summary>
    public const string Guardrail = "arn:aws:iam::aws:policy/CloudWatchReadOnlyAccess";

    public static void Declare(ProgramBuilder builder, ComponentPath path, AwsAlarmTopics topics, AlertRouting routing)
    {
        if (routing.SlackTeamId is not { } team)
        {
            builder.Report(Diagnostic.Error(DiagnosticCodes.SlackTeamMissing, path.Value, "AWS Chatbot needs the Slack workspace's team id (alerts.slackTeamId) to post the alarm topics to Slack"));
            return;
        }

        var routes = new[] { (Kind: routing.ChannelKind(AlertClass.Downtime), Topic: topics.Alarms), (Kind: routing.ChannelKind(AlertClass.Warning), Topic: topics.Warnings) }
            .Select(r => (r.Kind, Channel: routing.Channels.Get(r.Kind), r.Topic))
            .ToList();
        foreach (var missing in routes.Where(r => r.Channel.Id is null).DistinctBy(r => r.Kind))
        {
            builder.Report(Diagnostic.Error(DiagnosticCodes.SlackChannelWithoutId, path.Name("slack-" + ComponentPath.Slug(missing.Kind)),
                $"Slack channel {missing.Channel.Name} has no id; AWS Chatbot needs it (Slack: channel details, Channel ID)"));
        }

        var channels = routes.Where(r => r.Channel.Id is not null).GroupBy(r => r.Channel.Id!, StringComparer.Ordinal).ToList();

        var role = builder.Add(new IamRole(path.Name("chatbot-role"), new Input<string>(ServicePolicyDocuments.Trust("chatbot.amazonaws.com")))
        {
            RoleName = topics.AlarmName("chatbot"),
            Description = "AWS Chatbot: post the alarm topics of " + topics.AlarmPrefix + " to Slack",
        });
        builder.Add(new IamRolePolicy(path.Name("chatbot-role-policy"), role.Id, new Input<string>(ServicePolicyDocuments.ChatbotNotifications()))
        {
            PolicyName = "notifications-only",
        });

        foreach (var channel in channels)
        {
            var kind = ComponentPath.Slug(channel.First().Kind);
            builder.Add(new ChatbotSlackChannel(path.Name("slack-" + kind), topics.AlarmName(kind), role.Arn, team, channel.Key)
            {
                SnsTopicArns = [.. channel.Select(r => (Input<string>)r.Topic.Arn)],
                GuardrailPolicyArns = [Guardrail],
                LoggingLevel = "ERROR",
            });
        }
    }
}
