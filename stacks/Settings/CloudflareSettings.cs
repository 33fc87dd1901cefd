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
    /// <summary>
    /// Days a pull request's objects (<c>pr-&lt;n&gt;/</c> in this stack's buckets) are kept; null for a
    /// stack without previews.
    /// </summary>
    public int? PreviewObjectDays { get; init; }

    /// <param name="previews">Whether the stack's Vercel project builds previews, which then use its buckets.</param>
    public static CloudflareSettings Read(SettingsReader r, string appUrl, bool previews)
    {
        // R2 matches CORS origins exactly (cloudflare-docs r2/buckets/cors.mdx), and every preview
        // has its own URL: a stack whose previews use its buckets allows any origin ("*", which the
        // provider accepts: terraform-provider-cloudflare r2_bucket_cors testdata). Production lists its own.
        var origins = r.List("r2.corsOrigins", previews ? ["*"] : [appUrl],
            o => Allowed.IsOrigin(o) || (previews && o == "*"),
            previews ? Allowed.OriginText + ", or * (any origin: this stack's previews use its buckets)" : Allowed.OriginText);
        int? days = previews ? (int)r.WholeNumber("r2.previewObjectDays", 30, 1, 365) : null;
        if (!previews && r.Has("r2.previewObjectDays"))
        {
            r.WholeNumber("r2.previewObjectDays", 30, 1, 365);
            r.Fail("r2.previewObjectDays", "does nothing: this stack builds no previews (vercel.previews: false), so no pull request stores objects in its buckets; remove it");
        }

        return new CloudflareSettings(
            r.RequiredText("cloudflare.accountId", Allowed.IsCloudflareId, Allowed.CloudflareIdText),
            r.RequiredText("cloudflare.zoneId", Allowed.IsCloudflareId, Allowed.CloudflareIdText),
            r.Text("r2.locationHint", "enam", Allowed.R2Locations.Contains, Allowed.OneOf(Allowed.R2Locations)),
            origins,
            r.OptionalText("dns.vercelTarget", Allowed.IsHostname, Allowed.HostnameText))
        {
            PreviewObjectDays = days,
        };
    }

    public bool Equals(CloudflareSettings? other) =>
        other is not null && AccountId == other.AccountId && ZoneId == other.ZoneId && LocationHint == other.LocationHint
        && CorsOrigins.SequenceEqual(other.CorsOrigins) && VercelTarget == other.VercelTarget && PreviewObjectDays == other.PreviewObjectDays;

    public override int GetHashCode() => HashCode.Combine(AccountId, ZoneId);
}
