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
        var team = routing.SlackTeamId
            ?? throw new ArgumentException("AWS alarm topics need the Slack team id (alerts.slackTeamId) for AWS Chatbot", nameof(routing));
        var routes = new[] { (Kind: routing.ChannelKind(AlertClass.Downtime), Topic: topics.Alarms), (Kind: routing.ChannelKind(AlertClass.Warning), Topic: topics.Warnings) }
            .Select(r => (r.Kind, Channel: routing.Channels.Get(r.Kind), r.Topic))
            .GroupBy(r => r.Channel.Id ?? throw new ArgumentException($"the Slack channel {r.Channel.Name} has no id (alerts.channelIds.{r.Kind})", nameof(routing)), StringComparer.Ordinal)
            .ToList();

        var role = builder.Add(new IamRole(path.Name("chatbot-role"), new Input<string>(ServicePolicyDocuments.Trust("chatbot.amazonaws.com")))
        {
            RoleName = topics.AlarmName("chatbot"),
            Description = "AWS Chatbot: post the alarm topics of " + topics.AlarmPrefix + " to Slack",
        });
        builder.Add(new IamRolePolicy(path.Name("chatbot-role-policy"), role.Id, new Input<string>(ServicePolicyDocuments.ChatbotNotifications()))
        {
            PolicyName = "notifications-only",
        });

        foreach (var channel in routes)
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
