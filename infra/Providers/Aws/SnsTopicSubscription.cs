using Infra.Expressions;
using Infra.Model;

namespace Infra.Providers.Aws;

/// <summary><c>aws:sns/topicSubscription:TopicSubscription</c>: an email address, phone number or HTTPS webhook subscribed to a topic.</summary>
public sealed record SnsTopicSubscription(string Name, Input<string> Topic, Input<string> Protocol, Input<string> Endpoint) : Resource(Name), ISummarized
{
    public override string Type => "aws:sns/topicSubscription:TopicSubscription";

    public Input<string>? Region { get; init; }

    public Input<bool>? EndpointAutoConfirms { get; init; }

    public IReadOnlyList<string> SummaryKeys { get; } = ["protocol", "endpoint"];

    public override ObjectExpr Inputs() => new ObjectBuilder()
        .Add("topic", Topic)
        .Add("protocol", Protocol)
        .Add("endpoint", Endpoint)
        .Add("region", Region)
        .Add("endpointAutoConfirms", EndpointAutoConfirms)
        .Build();
}
