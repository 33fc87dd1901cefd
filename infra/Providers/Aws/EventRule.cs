using Infra.Expressions;
using Infra.Model;

namespace Infra.Providers.Aws;

/// <summary><c>aws:cloudwatch/eventRule:EventRule</c>: an EventBridge schedule (<c>rate(5 minutes)</c>).</summary>
public sealed record EventRule(string Name, Input<string> RuleName, Input<string> ScheduleExpression) : Resource(Name), ISummarized
{
    public override string Type => "aws:cloudwatch/eventRule:EventRule";

    public Input<string>? Region { get; init; }

    public Input<string>? Description { get; init; }

    public Output<string> Arn => Output<string>("arn");

    /// <summary>The rule's name.</summary>
    public Output<string> RuleNameOutput => Output<string>("name");

    public IReadOnlyList<string> SummaryKeys { get; } = ["name", "scheduleExpression"];

    public override ObjectExpr Inputs() => new ObjectBuilder()
        .Add("name", RuleName)
        .Add("scheduleExpression", ScheduleExpression)
        .Add("description", Description)
        .Add("state", (Expr)"ENABLED")
        .Add("region", Region)
        .Build();
}
