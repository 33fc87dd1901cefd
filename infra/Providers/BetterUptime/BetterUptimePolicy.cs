using Infra.Expressions;
using Infra.Model;

namespace Infra.Providers.BetterUptime;

/// <summary><c>better-uptime:index/policy:Policy</c>: an escalation policy, steps in order.</summary>
public sealed record BetterUptimePolicy(string Name, Input<string> PolicyName, IReadOnlyList<BetterUptimePolicyStep> Steps) : Resource(Name), ISummarized
{
    public override string Type => "better-uptime:index/policy:Policy";

    public Input<long>? RepeatCount { get; init; }

    public Input<long>? RepeatDelay { get; init; }

    public IReadOnlyList<string> SummaryKeys { get; } = ["name"];

    public override ObjectExpr Inputs() => new ObjectBuilder()
        .Add("name", PolicyName)
        .Add("steps", Steps)
        .Add("repeatCount", RepeatCount)
        .Add("repeatDelay", RepeatDelay)
        .Build();
}

/// <summary>An escalation step: after <paramref name="WaitBeforeSeconds"/>, notify these member types (<c>entire_team</c>, <c>all_slack_integrations</c>, ...).</summary>
public sealed record BetterUptimePolicyStep(long WaitBeforeSeconds, IReadOnlyList<string> MemberTypes) : IInputObject
{
    public ObjectExpr ToExpr() => new ObjectBuilder()
        .Add("type", (Expr)"escalation")
        .Add("waitBefore", (Expr)WaitBeforeSeconds)
        .Add("stepMembers", new ListExpr([.. MemberTypes.Select(t => (Expr)ObjectExpr.From(("type", t)))]))
        .Build();
}
