using Infra.Expressions;
using Infra.Model;

namespace Infra.Providers.Cloudflare;

/// <summary>
/// <c>cloudflare:index/r2CustomDomain:R2CustomDomain</c>: serves a bucket at a hostname of a zone
/// in the same account; Cloudflare creates and manages the hostname's DNS record itself.
/// </summary>
public sealed record R2CustomDomain(string Name, Input<string> AccountId, Input<string> BucketName, Input<string> Domain, Input<string> ZoneId) : Resource(Name), ISummarized
{
    public override string Type => "cloudflare:index/r2CustomDomain:R2CustomDomain";

    public Input<bool> Enabled { get; init; } = true;

    public Input<string>? MinTls { get; init; }

    public IReadOnlyList<string> SummaryKeys { get; } = ["domain", "minTls"];

    public override ObjectExpr Inputs() => new ObjectBuilder()
        .Add("accountId", AccountId)
        .Add("bucketName", BucketName)
        .Add("domain", Domain)
        .Add("enabled", Enabled)
        .Add("zoneId", ZoneId)
        .Add("minTls", MinTls)
        .Build();
}
