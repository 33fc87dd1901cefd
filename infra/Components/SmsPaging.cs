using Infra.Expressions;
using Infra.Graph;
using Infra.Providers.Aws;

namespace Infra.Components;

/// <summary>
/// The account's SMS settings for the pages topic, in the topics' region: transactional texts (sent
/// even to numbers that opted out of promotions, with the better routes), a monthly budget, and every
/// delivery logged to CloudWatch Logs through a role SNS assumes. Delivery also needs what no program
/// can do: the account out of the SMS sandbox and, for US numbers, a registered origination number
/// (docs/verify-on-first-run.md). One per account and region: the stack that pages by SMS owns it.
/// </summary>
public static class SmsPaging
{
    public static SnsSmsPreferences Declare(ProgramBuilder builder, ComponentPath path, AwsAlarmTopics topics, int monthlySpendLimit)
    {
        var role = builder.Add(new IamRole(path.Name("sms-logs-role"), new Input<string>(ServicePolicyDocuments.Trust("sns.amazonaws.com")))
        {
            RoleName = topics.AlarmName("sms-logs"),
            Description = "SNS: log SMS deliveries of " + topics.AlarmPrefix,
        });
        builder.Add(new IamRolePolicy(path.Name("sms-logs-role-policy"), role.Id, new Input<string>(ServicePolicyDocuments.SmsDeliveryLogs()))
        {
            PolicyName = "sms-delivery-logs",
        });
        return builder.Add(new SnsSmsPreferences(path.Name("sms-preferences"))
        {
            Region = topics.Region,
            DefaultSmsType = "Transactional",
            MonthlySpendLimit = monthlySpendLimit,
            DeliveryStatusIamRoleArn = role.Arn,
            DeliveryStatusSuccessSamplingRate = "100",
        });
    }
}
