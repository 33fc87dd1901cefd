using Infra.Expressions;

namespace Infra.Providers.Sentry;

/// <summary>A trigger: a label (<c>critical</c> first, then <c>warning</c>), a threshold and where to send it.</summary>
public sealed record MetricAlertTrigger(Input<string> Label, Input<double> AlertThreshold, IReadOnlyList<MetricAlertAction> Actions) : IInputObject
{
    public Input<long> ThresholdType { get; init; } = 0;

    public ObjectExpr ToExpr() => new ObjectBuilder()
        .Add("label", Label)
        .Add("alertThreshold", AlertThreshold)
        .Add("thresholdType", ThresholdType)
        .Add("actions", Actions)
        .Build();
}
