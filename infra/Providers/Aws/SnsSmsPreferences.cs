using Infra.Expressions;
using Infra.Model;

namespace Infra.Providers.Aws;

/// <summary>
/// <c>aws:sns/smsPreferences:SmsPreferences</c>: the account's SMS settings in one region (one per
/// account and region: a single stack owns it). Removing it resets every attribute to its default
/// (terraform-provider-aws internal/service/sns/sms_preferences.go, <c>resourceSMSPreferencesDelete</c>).
/// </summary>
public sealed record SnsSmsPreferences(string Name) : Resource(Name), ISummarized
{
    public override string Type => "aws:sns/smsPreferences:SmsPreferences";

    public Input<string>? Region { get; init; }

    /// <summary><c>Promotional</c> or <c>Transactional</c> (sms_preferences.go <c>default_sms_type</c>).</summary>
    public Input<string>? DefaultSmsType { get; init; }

    /// <summary>USD per month, at least 0; SNS stops sending texts past it.</summary>
    public Input<long>? MonthlySpendLimit { get; init; }

    /// <summary>The role SNS writes delivery logs with (CloudWatch Logs).</summary>
    public Input<string>? DeliveryStatusIamRoleArn { get; init; }

    /// <summary>Percent of successful deliveries logged, 0 to 100, as text; failures are always logged.</summary>
    public Input<string>? DeliveryStatusSuccessSamplingRate { get; init; }

    public IReadOnlyList<string> SummaryKeys { get; } = ["defaultSmsType", "monthlySpendLimit", "region"];

    public override ObjectExpr Inputs() => new ObjectBuilder()
        .Add("region", Region)
        .Add("defaultSmsType", DefaultSmsType)
        .Add("monthlySpendLimit", MonthlySpendLimit)
        .Add("deliveryStatusIamRoleArn", DeliveryStatusIamRoleArn)
        .Add("deliveryStatusSuccessSamplingRate", DeliveryStatusSuccessSamplingRate)
        .Build();
}
