using Infra.Expressions;
using Infra.Model;

namespace Infra.Providers.BetterUptime;

/// <summary>
/// <c>better-uptime:index/heartbeat:Heartbeat</c>: a dead man's switch; a job calls its <c>url</c>
/// after each success, and an incident starts when no call came for <c>period</c> + <c>grace</c> seconds.
/// </summary>
public sealed record BetterUptimeHeartbeat(string Name, Input<long> PeriodSeconds, Input<long> GraceSeconds) : Resource(Name), ISummarized
{
    public override string Type => "better-uptime:index/heartbeat:Heartbeat";

    public Input<string>? HeartbeatName { get; init; }

    public Input<string>? PolicyId { get; init; }

    public Input<bool>? Email { get; init; }

    /// <summary>The URL the job calls (a secret: anyone with it can report success).</summary>
    public Output<string> Url => Output<string>("url");

    public IReadOnlyList<string> SummaryKeys { get; } = ["name", "period", "grace"];

    public override ObjectExpr Inputs() => new ObjectBuilder()
        .Add("name", HeartbeatName)
        .Add("period", PeriodSeconds)
        .Add("grace", GraceSeconds)
        .Add("policyId", PolicyId)
        .Add("email", Email)
        .Build();
}
