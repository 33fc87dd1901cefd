using Infra.Expressions;
using Infra.Model;

namespace Infra.Providers.Aws;

/// <summary><c>aws:route53/healthCheck:HealthCheck</c>: an endpoint checked from several AWS regions.</summary>
public sealed record Route53HealthCheck(string Name, Input<string> CheckType) : Resource(Name), ISummarized
{
    public override string Type => "aws:route53/healthCheck:HealthCheck";

    public Input<string>? Fqdn { get; init; }

    public Input<long>? Port { get; init; }

    public Input<string>? ResourcePath { get; init; }

    /// <summary>Text the first 5120 bytes of the response must contain (<c>HTTPS_STR_MATCH</c>).</summary>
    public Input<string>? SearchString { get; init; }

    /// <summary>Seconds between checks from each region: 10 or 30.</summary>
    public Input<long>? RequestInterval { get; init; }

    public Input<long>? FailureThreshold { get; init; }

    public Input<bool>? MeasureLatency { get; init; }

    public Input<bool>? EnableSni { get; init; }

    public IReadOnlyList<Input<string>>? Regions { get; init; }

    public IReadOnlyDictionary<string, Input<string>>? Tags { get; init; }

    public IReadOnlyList<string> SummaryKeys { get; } = ["type", "fqdn", "resourcePath", "searchString", "requestInterval", "failureThreshold"];

    public override ObjectExpr Inputs() => new ObjectBuilder()
        .Add("type", CheckType)
        .Add("fqdn", Fqdn)
        .Add("port", Port)
        .Add("resourcePath", ResourcePath)
        .Add("searchString", SearchString)
        .Add("requestInterval", RequestInterval)
        .Add("failureThreshold", FailureThreshold)
        .Add("measureLatency", MeasureLatency)
        .Add("enableSni", EnableSni)
        .Add("regions", Regions)
        .Add("tags", AwsTags.ToExpr(Tags))
        .Build();
}
