namespace Infra.Stacks.Settings.Catalog;

/// <summary>Cloudflare: the account, the zone, R2 and DNS (<c>cloudflare.*</c>, <c>r2.*</c>, <c>dns.*</c>).</summary>
public static class CloudflareKeys
{
    public static Setting AccountId { get; } = new("cloudflare.accountId", SettingKind.Text, Rules.Like(Allowed.CloudflareIdRegex, Allowed.CloudflareIdText),
        "32 lower-case hex digits: the account that owns the R2 buckets")
    {
        Required = true,
        Example = "0123456789abcdef0123456789abcdef",
    };

    public static Setting ZoneId { get; } = new("cloudflare.zoneId", SettingKind.Text, Rules.Like(Allowed.CloudflareIdRegex, Allowed.CloudflareIdText),
        "32 lower-case hex digits: the zone of `domain` (DNS record and CDN hostname)")
    {
        Required = true,
        Example = "fedcba9876543210fedcba9876543210",
    };

    public static Setting LocationHint { get; } = new("r2.locationHint", SettingKind.Text, Rules.OneOf(Allowed.R2Locations), "where R2 keeps the buckets")
    {
        Default = "enam",
    };

    /// <summary>The rule of a stack without previews; one with previews also allows <c>*</c> (read in <see cref="CloudflareSettings"/>).</summary>
    public static Setting CorsOrigins { get; } = new("r2.corsOrigins", SettingKind.List,
        Rules.Check(o => Allowed.IsOrigin(o) || o == "*", Allowed.OriginText + ", or * (any origin: this stack's previews use its buckets)").AtLeast(1),
        "`https://<host>` origins, and `http://localhost:<port>` for development; `*` (any origin) only in a stack whose previews use its buckets (`vercel.previews`), since R2 matches origins exactly and every preview has its own URL")
    {
        DefaultDoc = "`[https://<domain>]` without previews / `[*]` with `vercel.previews`",
        Example = "https://app.example.com",
    };

    public static Setting PreviewObjectDays { get; } = new("r2.previewObjectDays", SettingKind.WholeNumber, Rules.Between(1, 365),
        "with `vercel.previews`: days a pull request's objects (`pr-<n>/`) are kept in the buckets, counted from each upload (R2's lifecycle rules know ages, not pull requests: an object of a pull request open longer is deleted too, and a closed one's objects stay up to this long), then deleted; an error in a stack without previews")
    {
        DefaultDoc = "none / `30`",
        Example = "30",
    };

    public static Setting VercelTarget { get; } = new("dns.vercelTarget", SettingKind.Text, Rules.Like(Allowed.HostnameRegex, Allowed.HostnameText),
        "a hostname, to pin the CNAME target instead")
    {
        DefaultDoc = "none: the target Vercel recommends for the domain (`getDomainConfig`'s `recommendedCname`)",
        Example = "cname.vercel-dns.com",
    };

    public static IReadOnlyList<Setting> All { get; } = [AccountId, ZoneId, LocationHint, CorsOrigins, PreviewObjectDays, VercelTarget];
}
