using System.Collections.Immutable;
using Infra.Stacks.Settings.Catalog;

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

    /// <summary>Whether the stack has R2 storage (<c>r2.enabled</c>).</summary>
    public bool R2Enabled { get; init; } = true;

    public string PublicBucketName { get; init; } = "";

    public string PrivateBucketName { get; init; } = "";

    /// <summary>The hostname serving the public bucket (<c>r2.cdnHost</c>).</summary>
    public string CdnHost { get; init; } = "";

    /// <summary>Whether the domain's records live on another DNS host (<c>dns.provider: external</c>).</summary>
    public bool ExternalDns { get; init; }

    /// <param name="previews">Whether the stack's Vercel project builds previews, which then use its buckets.</param>
    public static CloudflareSettings Read(SettingsReader r, string appUrl, bool previews)
    {
        // R2 matches CORS origins exactly (cloudflare-docs r2/buckets/cors.mdx), and every preview
        // has its own URL: a stack whose previews use its buckets allows any origin ("*", which the
        // provider accepts: terraform-provider-cloudflare r2_bucket_cors testdata). Production lists its own.
        var origins = r.List(CloudflareKeys.CorsOrigins, previews ? ["*"] : [appUrl], previews
            ? CloudflareKeys.CorsOrigins.Rule
            : Rules.Check(Allowed.IsOrigin, Allowed.OriginText).AtLeast(1));
        int? days = previews ? (int)(r.OptionalWholeNumber(CloudflareKeys.PreviewObjectDays) ?? 30) : null;
        if (!previews && r.Has(CloudflareKeys.PreviewObjectDays))
        {
            r.OptionalWholeNumber(CloudflareKeys.PreviewObjectDays);
            r.Fail(CloudflareKeys.PreviewObjectDays.Key, "does nothing: this stack builds no previews (vercel.previews: false), so no pull request stores objects in its buckets; remove it");
        }

        var r2 = r.Bool(CloudflareKeys.R2Enabled);
        var external = r.Text(CloudflareKeys.DnsProvider) == "external";
        var settings = new CloudflareSettings(
            r.Text(CloudflareKeys.AccountId),
            r.Text(CloudflareKeys.ZoneId),
            r.Text(CloudflareKeys.LocationHint),
            origins,
            r.OptionalText(CloudflareKeys.VercelTarget))
        {
            PreviewObjectDays = days,
            R2Enabled = r2,
            PublicBucketName = r.Text(CloudflareKeys.PublicBucketName),
            PrivateBucketName = r.Text(CloudflareKeys.PrivateBucketName),
            CdnHost = r.Text(CloudflareKeys.CdnHost),
            ExternalDns = external,
        };
        if (r2 && !r.Has(CloudflareKeys.AccountId))
        {
            r.Missing(CloudflareKeys.AccountId.Key, CloudflareKeys.AccountId.Rule.Text + ": the account of the R2 buckets (or r2.enabled: false)");
        }

        if ((r2 || !external) && !r.Has(CloudflareKeys.ZoneId))
        {
            r.Missing(CloudflareKeys.ZoneId.Key, CloudflareKeys.ZoneId.Rule.Text + (r2
                ? ": the zone of r2.cdnHost (or r2.enabled: false)"
                : ": the zone of the app's domain (or dns.provider: external)"));
        }

        var domain = appUrl["https://".Length..];
        var apex = string.Join('.', domain.Split('.').TakeLast(2));
        if (r2 && external && (settings.CdnHost == apex || settings.CdnHost.EndsWith("." + apex, StringComparison.Ordinal)))
        {
            // An R2 custom domain is served from a Cloudflare zone of the bucket's account
            // (cloudflare_r2_custom_domain takes a zone_id): a host under a domain on another DNS host cannot be one.
            r.Fail(CloudflareKeys.CdnHost.Key,
                $"\"{settings.CdnHost}\" is under {apex}, whose DNS is at another host (dns.provider: external), but an R2 custom domain needs a Cloudflare zone; expected a host in the Cloudflare zone cloudflare.zoneId (such as cdn.<a domain on Cloudflare>), or move {apex} to Cloudflare, or r2.enabled: false");
        }

        if (r2 && settings.PublicBucketName == settings.PrivateBucketName)
        {
            r.Fail(CloudflareKeys.PrivateBucketName.Key, $"\"{settings.PrivateBucketName}\" is also r2.publicBucketName; expected two buckets of different names");
        }

        return settings;
    }

    public bool Equals(CloudflareSettings? other) =>
        other is not null && AccountId == other.AccountId && ZoneId == other.ZoneId && LocationHint == other.LocationHint
        && CorsOrigins.SequenceEqual(other.CorsOrigins) && VercelTarget == other.VercelTarget && PreviewObjectDays == other.PreviewObjectDays
        && R2Enabled == other.R2Enabled && PublicBucketName == other.PublicBucketName && PrivateBucketName == other.PrivateBucketName
        && CdnHost == other.CdnHost && ExternalDns == other.ExternalDns;

    public override int GetHashCode() => HashCode.Combine(AccountId, ZoneId);
}
