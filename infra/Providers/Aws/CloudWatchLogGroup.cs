using Infra.Expressions;
using Infra.Model;

namespace Infra.Providers.Aws;

/// <summary><c>aws:cloudwatch/logGroup:LogGroup</c>: a log group with a retention (a service creates its own without one).</summary>
public sealed record CloudWatchLogGroup(string Name, Input<string> LogGroupName, Input<long> RetentionInDays) : Resource(Name), ISummarized
{
    public override string Type => "aws:cloudwatch/logGroup:LogGroup";

    public Input<string>? Region { get; init; }

    /// <summary>The log group's name.</summary>
    public Output<string> LogGroupNameOutput => Output<string>("name");

    public Output<string> Arn => Output<string>("arn");

    public IReadOnlyList<string> SummaryKeys { get; } = ["name", "retentionInDays"];

    public override ObjectExpr Inputs() => new ObjectBuilder()
        .Add("name", LogGroupName)
        .Add("retentionInDays", RetentionInDays)
        .Add("region", Region)
        .Build();
}
