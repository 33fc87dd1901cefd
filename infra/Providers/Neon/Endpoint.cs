using Infra.Expressions;
using Infra.Model;

namespace Infra.Providers.Neon;

/// <summary>
/// <c>neon:index/endpoint:Endpoint</c>: a compute endpoint of a branch. Its direct host is
/// <c>host</c>; its pooled host is <c>&lt;id&gt;-pooler.&lt;proxyHost&gt;</c>.
/// </summary>
public sealed record Endpoint(string Name, Input<string> ProjectId, Input<string> BranchId) : Resource(Name), ISummarized
{
    public override string Type => "neon:index/endpoint:Endpoint";

    /// <summary><c>read_write</c> or <c>read_only</c>.</summary>
    public Input<string>? EndpointType { get; init; }

    public Input<double>? AutoscalingLimitMinCu { get; init; }

    public Input<double>? AutoscalingLimitMaxCu { get; init; }

    public Input<long>? SuspendTimeoutSeconds { get; init; }

    public Output<string> Host => Output<string>("host");

    public Output<string> ProxyHost => Output<string>("proxyHost");

    public IReadOnlyList<string> SummaryKeys { get; } = ["type", "autoscalingLimitMinCu", "autoscalingLimitMaxCu"];

    public override ObjectExpr Inputs() => new ObjectBuilder()
        .Add("projectId", ProjectId)
        .Add("branchId", BranchId)
        .Add("type", EndpointType)
        .Add("autoscalingLimitMinCu", AutoscalingLimitMinCu)
        .Add("autoscalingLimitMaxCu", AutoscalingLimitMaxCu)
        .Add("suspendTimeoutSeconds", SuspendTimeoutSeconds)
        .Build();
}
