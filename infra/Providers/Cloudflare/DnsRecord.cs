using Infra.Expressions;
using Infra.Model;

namespace Infra.Providers.Cloudflare;

/// <summary><c>cloudflare:index/dnsRecord:DnsRecord</c>: a DNS record of a zone. A TTL of 1 means automatic.</summary>
public sealed record DnsRecord(string Name, Input<string> ZoneId, Input<string> RecordName, Input<string> RecordType, Input<double> Ttl) : Resource(Name), ISummarized
{
    public override string Type => "cloudflare:index/dnsRecord:DnsRecord";

    public Input<string>? Content { get; init; }

    public Input<bool>? Proxied { get; init; }

    public Input<string>? Comment { get; init; }

    public IReadOnlyList<string> SummaryKeys { get; } = ["name", "type", "content", "proxied"];

    public override ObjectExpr Inputs() => new ObjectBuilder()
        .Add("zoneId", ZoneId)
        .Add("name", RecordName)
        .Add("type", RecordType)
        .Add("ttl", Ttl)
        .Add("content", Content)
        .Add("proxied", Proxied)
        .Add("comment", Comment)
        .Build();
}
