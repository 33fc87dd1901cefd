using Infra.Expressions;
using Infra.Model;

namespace Infra.Providers.Aws;

/// <summary><c>aws:sns/topicSubscription:TopicSubscription</c>: an email address, phone number or HTTPS webhook subscribed to a topic.</summary>
public sealed record SnsTopicSubscription(string Name, Input<string> Topic, Input<string> Protocol, Input<string> Endpoint) : Resource(Name), ISummarized
{
    public override string Type => "aws:sns/topicSubscription:TopicSubscription";

    public Input<string>? Region { get; init; }

    /// <summary>
    /// For <c>http(s)</c>: whether the endpoint confirms the subscription itself. When true the provider
    /// waits <see cref="ConfirmationTimeoutInMinutes"/> for the confirmation and fails the update without
    /// it; when false it leaves the subscription pending, delivering nothing (terraform-provider-aws
    /// internal/service/sns/topic_subscription.go, <c>resourceTopicSubscriptionCreate</c>).
    /// </summary>
    public Input<bool>? EndpointAutoConfirms { get; init; }

    public Input<long>? ConfirmationTimeoutInMinutes { get; init; }

    public IReadOnlyList<string> SummaryKeys { get; } = ["protocol", "endpoint"];

    public override ObjectExpr Inputs() => new ObjectBuilder()
        .Add("topic", Topic)
        .Add("protocol", Protocol)
        .Add("endpoint", Endpoint)
        .Add("region", Region)
        .Add("endpointAutoConfirms", EndpointAutoConfirms)
        .Add("confirmationTimeoutInMinutes", ConfirmationTimeoutInMinutes)
        .Build();
}
