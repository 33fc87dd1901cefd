using Infra.Expressions;

namespace Infra.Providers.Sentry;

/// <summary>A trigger action: Slack through an integration, or email to a team.</summary>
public sealed record MetricAlertAction(Input<string> ActionType, Input<string> TargetType, Input<string> TargetIdentifier) : IInputObject
{
    /// <summary>The integration's numeric id (Slack actions); an integer in the schema.</summary>
    public Input<long>? IntegrationId { get; init; }

    /// <summary>
    /// The Slack channel's id: Sentry then skips its asynchronous channel lookup, and reads it back,
    /// so leaving it out would show a change on every preview.
    /// </summary>
    public Input<string>? InputChannelId { get; init; }

    public static MetricAlertAction Slack(Input<long> integrationId, SlackChannel channel) =>
        new("slack", "specific", channel.Name) { IntegrationId = integrationId, InputChannelId = channel.Id is { } id ? new Input<string>(id) : (Input<string>?)null };

    public static MetricAlertAction TeamEmail(Input<string> teamId) => new("email", "team", teamId);

    public ObjectExpr ToExpr() => new ObjectBuilder()
        .Add("type", ActionType)
        .Add("targetType", TargetType)
        .Add("targetIdentifier", TargetIdentifier)
        .Add("integrationId", IntegrationId)
        .Add("inputChannelId", InputChannelId)
        .Build();
}
