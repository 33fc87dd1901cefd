using System.Collections.Immutable;

namespace Infra.Stacks.Settings;

/// <summary>Cloudflare settings of a stack (<c>cloudflare.*</c>, <c>r2.*</c>, <c>dns.*</c>).</summary>
/// <param name="AccountId">The account that owns the buckets.</param>
/// <param name="ZoneId">The zone holding the app's domain.</param>
/// <param name="LocationHint">R2 location hint.</param>
/// <param name="CorsOrigins">Origins allowed by the buckets' CORS rules.</param>
/// <param name="VercelTarget">The CNAME target of the app's hostname; null to use the one Vercel recommends for the domain.</param>
public sealed record CloudflareSettings(string AccountId, string ZoneId, string LocationHint, ImmutableArray<string> CorsOrigins, string? VercelTarget)
{
    public static CloudflareSettings Read(SettingsReader r, string appUrl) => new(
        r.RequiredText("cloudflare.accountId", Allowed.IsCloudflareId, Allowed.CloudflareIdText),
        r.RequiredText("cloudflare.zoneId", Allowed.IsCloudflareId, Allowed.CloudflareIdText),
        r.Text("r2.locationHint", "enam", Allowed.R2Locations.Contains, Allowed.OneOf(Allowed.R2Locations)),
        r.List("r2.corsOrigins", [appUrl], Allowed.IsOrigin, Allowed.OriginText),
        r.OptionalText("dns.vercelTarget", Allowed.IsHostname, Allowed.HostnameText));

    public bool Equals(CloudflareSettings? other) =>
        other is not null && AccountId == other.AccountId && ZoneId == other.ZoneId && LocationHint == other.LocationHint
        && CorsOrigins.SequenceEqual(other.CorsOrigins) && VercelTarget == other.VercelTarget;

    public override int GetHashCode() => HashCode.Combine(AccountId, ZoneId);
}
