using Infra.Expressions;
using Infra.Model;

namespace Infra.Providers.Aws;

/// <summary>
/// <c>aws:cloudwatch/compositeAlarm:CompositeAlarm</c>: an alarm on the states of other alarms
/// (<c>ALARM("name") OR ...</c>), notifying once for all of them.
/// </summary>
public sealed record CloudWatchCompositeAlarm(string Name, Input<string> AlarmName, Input<string> AlarmRule) : Resource(Name), ISummarized
{
    public override string Type => "aws:cloudwatch/compositeAlarm:CompositeAlarm";

    public Input<string>? AlarmDescription { get; init; }

    /// <summary>The alarm's region; the alarms of its rule and its topics must be in it.</summary>
    public Input<string>? Region { get; init; }

    public IReadOnlyList<Input<string>>? AlarmActions { get; init; }

    public IReadOnlyList<Input<string>>? OkActions { get; init; }

    public IReadOnlyList<string> SummaryKeys { get; } = ["alarmName", "region"];

    public override ObjectExpr Inputs() => new ObjectBuilder()
        .Add("alarmName", AlarmName)
        .Add("alarmRule", AlarmRule)
        .Add("alarmDescription", AlarmDescription)
        .Add("region", Region)
        .Add("alarmActions", AlarmActions)
        .Add("okActions", OkActions)
        .Build();
}
