using Infra.Expressions;
using Infra.Model;

namespace Infra.Providers.Neon;

/// <summary>
/// <c>neon:index/endpoint:Endpoint</c>: a compute endpoint of a branch. Its <c>host</c> is the
/// direct host only because <c>poolerEnabled</c> is never set: with it, the provider reports the
/// pooled host as <c>host</c> (provider/resource_endpoint.go L145-148), which would turn every
/// direct URI (migrations) into a PgBouncer one. So this record has no <c>poolerEnabled</c>: the
/// pooled host is derived from <c>host</c> the way the provider derives the project's
/// (<c>-pooler</c> after the first label, provider/resource_project.go L459-467). <c>proxyHost</c>
/// is deprecated by Neon's API ("Use the host property instead").
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

    /// <summary>The branch of the compute, known once the provider's create has waited for the compute's operations.</summary>
    public Output<string> BranchIdOutput => Output<string>("branchId");

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
