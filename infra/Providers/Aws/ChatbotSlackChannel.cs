using Infra.Expressions;
using Infra.Model;

namespace Infra.Providers.Aws;

/// <summary>
/// <c>aws:chatbot/slackChannelConfiguration:SlackChannelConfiguration</c>: AWS Chatbot posts what
/// the SNS topics receive (alarm state changes, rendered) to one Slack channel. The workspace
/// must have been authorized once in the Chatbot console. No <c>region</c>: the provider sends
/// Chatbot calls to us-west-2 unless its region is one of the four Chatbot regions
/// (terraform-provider-aws internal/service/chatbot/service_package.go, <c>NewClient</c>).
/// </summary>
public sealed record ChatbotSlackChannel(string Name, Input<string> ConfigurationName, Input<string> IamRoleArn, Input<string> SlackTeamId, Input<string> SlackChannelId)
    : Resource(Name), ISummarized
{
    public override string Type => "aws:chatbot/slackChannelConfiguration:SlackChannelConfiguration";

    public IReadOnlyList<Input<string>>? SnsTopicArns { get; init; }

    /// <summary>Caps what channel members may do through the channel (the provider's default is AdministratorAccess).</summary>
    public IReadOnlyList<Input<string>>? GuardrailPolicyArns { get; init; }

    /// <summary><c>ERROR</c>, <c>INFO</c> or <c>NONE</c> (slack_channel_configuration.go <c>loggingLevel</c>).</summary>
    public Input<string>? LoggingLevel { get; init; }

    public IReadOnlyList<string> SummaryKeys { get; } = ["configurationName", "slackChannelId"];

    public override ObjectExpr Inputs() => new ObjectBuilder()
        .Add("configurationName", ConfigurationName)
        .Add("iamRoleArn", IamRoleArn)
        .Add("slackTeamId", SlackTeamId)
        .Add("slackChannelId", SlackChannelId)
        .Add("snsTopicArns", SnsTopicArns)
        .Add("guardrailPolicyArns", GuardrailPolicyArns)
        .Add("loggingLevel", LoggingLevel)
        .Build();
}
