using Infra.Expressions;
using Infra.Graph;
using Infra.Providers.Aws;

namespace Infra.Components;

/// <summary>
/// The SNS topics CloudWatch alarms publish to, and who receives them. <c>alarms</c> (downtime, and
/// its recovery): email with paging, and Slack through AWS Chatbot; <c>pages</c> (only the start of
/// an outage): SMS, with paging and phone numbers; <c>warnings</c> (slow, certificate, backups, failed
/// deliveries): email with paging, and Slack. Without paging both topics reach only the quiet channel.
/// An HTTPS webhook, when set, gets alarms and warnings and must confirm its subscriptions itself.
/// </summary>
public sealed class AwsAlarmTopics
{
    private AwsAlarmTopics(SnsTopic alarms, SnsTopic warnings, SnsTopic? pages, string region, string alarmPrefix)
    {
        Alarms = alarms;
        Warnings = warnings;
        Pages = pages;
        Region = region;
        AlarmPrefix = alarmPrefix;
    }

    public SnsTopic Alarms { get; }

    public SnsTopic Warnings { get; }

    /// <summary>The SMS topic; null without paging or phone numbers.</summary>
    public SnsTopic? Pages { get; }

    /// <summary>The topics' region; alarms that publish to them must be in it.</summary>
    public string Region { get; }

    /// <summary><c>&lt;app&gt;-&lt;stack&gt;</c>: the start of every alarm's name.</summary>
    public string AlarmPrefix { get; }

    /// <summary>Where the start of an outage goes: the alarm topic, and the SMS topic when there is one.</summary>
    public IReadOnlyList<Input<string>> PageActions => Pages is null ? [Alarms.Arn] : [Alarms.Arn, Pages.Arn];

    /// <summary>The physical name of an alarm: the app, the stack and the alarm's logical name (<c>luma-prod-uptime-down</c>).</summary>
    public string AlarmName(string logicalName) => AlarmPrefix + "-" + logicalName;

    /// <param name="namePrefix">The topics' names start with it (<c>luma</c>, <c>luma-staging</c>).</param>
    /// <param name="alarmPrefix">The alarms' names start with it (<c>luma-prod</c>, <c>luma-staging</c>).</param>
    public static AwsAlarmTopics Declare(ProgramBuilder builder, ComponentPath path, string namePrefix, string alarmPrefix, string region, AlertRouting routing)
    {
        var alarms = builder.Add(new SnsTopic(path.Name("alarms")) { TopicName = namePrefix + "-alarms", DisplayName = namePrefix + " alarms", Region = region });
        var warnings = builder.Add(new SnsTopic(path.Name("warnings")) { TopicName = namePrefix + "-warnings", DisplayName = namePrefix + " warnings", Region = region });
        var pages = routing.Pages(AlertClass.Downtime) && !routing.SmsNumbers.IsEmpty
            ? builder.Add(new SnsTopic(path.Name("pages")) { TopicName = namePrefix + "-pages", DisplayName = namePrefix, Region = region })
            : null;
        var topics = new AwsAlarmTopics(alarms, warnings, pages, region, alarmPrefix);

        foreach (var email in routing.Emails)
        {
            if (routing.EmailsPeople(AlertClass.Downtime))
            {
                Subscribe(builder, path, alarms, "alarms-email-" + email, "email", email, region);
            }

            if (routing.EmailsPeople(AlertClass.Warning))
            {
                Subscribe(builder, path, warnings, "warnings-email-" + email, "email", email, region);
            }
        }

        if (pages is not null)
        {
            foreach (var number in routing.SmsNumbers)
            {
                Subscribe(builder, path, pages, "pages-sms-" + number, "sms", number, region);
            }

            SmsPaging.Declare(builder, path, topics, routing.SmsMonthlySpendLimit);
        }

        if (routing.Webhook is { } webhook)
        {
            Subscribe(builder, path, alarms, "alarms-webhook", "https", new Input<string>(webhook), region);
            Subscribe(builder, path, warnings, "warnings-webhook", "https", new Input<string>(webhook), region);
        }

        ChatbotChannels.Declare(builder, path, topics, routing);
        Undelivered(builder, topics, alarms);
        if (pages is not null)
        {
            Undelivered(builder, topics, pages);
        }

        return topics;
    }

    /// <summary>
    /// An HTTPS endpoint is subscribed with <c>endpointAutoConfirms</c>: the update waits for it to confirm
    /// and fails otherwise, instead of leaving a subscription that delivers nothing (a Slack incoming
    /// webhook can never confirm: Slack goes through Chatbot).
    /// </summary>
    private static void Subscribe(ProgramBuilder builder, ComponentPath path, SnsTopic topic, string name, string protocol, Input<string> endpoint, string region) =>
        builder.Add(new SnsTopicSubscription(path.Name(name), topic.Arn, protocol, endpoint)
        {
            Region = region,
            EndpointAutoConfirms = protocol == "https" ? true : null,
            ConfirmationTimeoutInMinutes = protocol == "https" ? 5 : null,
        });

    /// <summary>A warning when SNS fails to deliver what a topic received (a text refused past the SMS budget, an unreachable endpoint).</summary>
    private static void Undelivered(ProgramBuilder builder, AwsAlarmTopics topics, SnsTopic topic)
    {
        var name = topic.Name + "-undelivered";
        builder.Add(new CloudWatchMetricAlarm(name)
        {
            AlarmName = topics.AlarmName(name),
            AlarmDescription = $"SNS could not deliver some notifications of the topic {topic.Name}: see its delivery logs",
            Region = topics.Region,
            Namespace = "AWS/SNS",
            MetricName = "NumberOfNotificationsFailed",
            Dimensions = new Dictionary<string, Input<string>> { ["TopicName"] = topic.TopicNameOutput },
            Statistic = "Sum",
            PeriodSeconds = 300,
            EvaluationPeriods = 1,
            Threshold = 0,
            ComparisonOperator = "GreaterThanThreshold",
            TreatMissingData = "notBreaching",
            AlarmActions = [topics.Warnings.Arn],
        });
    }
}
