using Infra.Expressions;
using Infra.Model;

namespace Infra.Providers.Aws;

/// <summary><c>aws:cloudwatch/eventTarget:EventTarget</c>: what an EventBridge rule invokes.</summary>
public sealed record EventTarget(string Name, Input<string> Rule, Input<string> TargetArn) : Resource(Name), ISummarized
{
    public override string Type => "aws:cloudwatch/eventTarget:EventTarget";

    public Input<string>? Region { get; init; }

    public IReadOnlyList<string> SummaryKeys { get; } = ["rule"];

    public override ObjectExpr Inputs() => new ObjectBuilder()
        .Add("rule", Rule)
        .Add("arn", TargetArn)
        .Add("region", Region)
        .Build();
}
