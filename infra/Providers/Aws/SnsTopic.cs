using Infra.Expressions;
using Infra.Model;

namespace Infra.Providers.Aws;

/// <summary><c>aws:sns/topic:Topic</c>: where alarms are sent.</summary>
public sealed record SnsTopic(string Name) : Resource(Name), ISummarized
{
    public override string Type => "aws:sns/topic:Topic";

    public Input<string>? TopicName { get; init; }

    public Input<string>? DisplayName { get; init; }

    public Input<string>? Region { get; init; }

    public Output<string> Arn => Output<string>("arn");

    /// <summary>The topic's name (the <c>TopicName</c> dimension of its CloudWatch metrics).</summary>
    public Output<string> TopicNameOutput => Output<string>("name");

    public IReadOnlyList<string> SummaryKeys { get; } = ["name", "region"];

    public override ObjectExpr Inputs() => new ObjectBuilder()
        .Add("name", TopicName)
        .Add("displayName", DisplayName)
        .Add("region", Region)
        .Build();
}
