using Infra.Expressions;

namespace Infra.Providers.Neon;

/// <summary>Compute defaults of the project's endpoints: autoscaling range and suspend after idle (-1: never).</summary>
public sealed record ProjectDefaultEndpointSettings : IInputObject
{
    public Input<double>? AutoscalingLimitMinCu { get; init; }

    public Input<double>? AutoscalingLimitMaxCu { get; init; }

    public Input<long>? SuspendTimeoutSeconds { get; init; }

    public ObjectExpr ToExpr() => new ObjectBuilder()
        .Add("autoscalingLimitMinCu", AutoscalingLimitMinCu)
        .Add("autoscalingLimitMaxCu", AutoscalingLimitMaxCu)
        .Add("suspendTimeoutSeconds", SuspendTimeoutSeconds)
        .Build();
}
