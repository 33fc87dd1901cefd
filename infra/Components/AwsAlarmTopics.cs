using Infra.Expressions;
using Infra.Graph;
using Infra.Providers.Aws;

namespace Infra.Components;

/// <summary>
/// The SNS topics CloudWatch alarms publish to: <c>alarms</c> (downtime, missing backups) and
/// <c>warnings</c> (slow responses). With paging, the alarm topic emails and texts people; a
/// webhook (for example a Slack incoming webhook) gets both.
/// </summary>
public sealed class AwsAlarmTopics
{
    private AwsAlarmTopics(SnsTopic alarms, SnsTopic warnings, string region)
    {
        Alarms = alarms;
        Warnings = warnings;
        Region = region;
    }

    public SnsTopic Alarms { get; }

    public SnsTopic Warnings { get; }

    /// <summary>The topics' region; alarms that publish to them must be in it.</summary>
    public string Region { get; }

    public static AwsAlarmTopics Declare(ProgramBuilder builder, ComponentPath path, string namePrefix, string region, AlertRouting routing)
    {
        var alarms = builder.Add(new SnsTopic(path.Name("alarms")) { TopicName = namePrefix + "-alarms", DisplayName = namePrefix + " alarms", Region = region });
        var warnings = builder.Add(new SnsTopic(path.Name("warnings")) { TopicName = namePrefix + "-warnings", DisplayName = namePrefix + " warnings", Region = region });

        if (routing.EmailsPeople(AlertClass.Downtime))
        {
            foreach (var email in routing.Emails)
            {
                Subscribe(builder, path, alarms, "alarms-email-" + email, "email", email, region);
            }
        }

        if (routing.Pages(AlertClass.Downtime))
        {
            foreach (var number in routing.SmsNumbers)
            {
                Subscribe(builder, path, alarms, "alarms-sms-" + number, "sms", number, region);
            }
        }

        if (routing.Webhook is { } webhook)
        {
            Subscribe(builder, path, alarms, "alarms-webhook", "https", new Input<string>(webhook), region);
            Subscribe(builder, path, warnings, "warnings-webhook", "https", new Input<string>(webhook), region);
        }

        return new AwsAlarmTopics(alarms, warnings, region);
    }

    private static void Subscribe(ProgramBuilder builder, ComponentPath path, SnsTopic topic, string name, string protocol, Input<string> endpoint, string region) =>
        builder.Add(new SnsTopicSubscription(path.Name(name), topic.Arn, protocol, endpoint)
        {
            Region = region,
            EndpointAutoConfirms = protocol == "https" ? false : null,
        });
}
