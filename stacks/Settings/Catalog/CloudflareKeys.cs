namespace Infra.Stacks.Settings.Catalog;

/// <summary>Cloudflare: the account, the zone, R2 and DNS (<c>cloudflare.*</c>, <c>r2.*</c>, <c>dns.*</c>).</summary>
public static class CloudflareKeys
{
    public static Setting AccountId { get; } = new("cloudflare.accountId", SettingKind.Text, Rules.Like(Allowed.CloudflareIdRegex, Allowed.CloudflareIdText),
        "32 lower-case hex digits: the account that owns the R2 buckets")
    {
        DefaultDoc = "none; **required** with `r2.enabled`",
        Example = "0123456789abcdef0123456789abcdef",
    };

    public static Setting ZoneId { get; } = new("cloudflare.zoneId", SettingKind.Text, Rules.Like(Allowed.CloudflareIdRegex, Allowed.CloudflareIdText),
        "32 lower-case hex digits: the zone of `domain` (its DNS record) and of `r2.cdnHost` (the CDN hostname)")
    {
        DefaultDoc = "none; **required** with `dns.provider: cloudflare` or `r2.enabled`",
        Example = "fedcba9876543210fedcba9876543210",
    };

    public static Setting R2Enabled { get; } = new("r2.enabled", SettingKind.Boolean, Rules.Boolean,
        "R2 storage: a public bucket behind `r2.cdnHost` and a private one, with the scoped token the app uses; `false` for an app that stores no files (no bucket, no `R2_*` variable)")
    {
        Default = "true",
    };

    public static Setting PublicBucketName { get; } = new("r2.publicBucketName", SettingKind.Text, BucketName(), "the public assets bucket's name (a new name is a new, empty bucket)")
    {
        Default = "{resource}-assets",
    };

    public static Setting PrivateBucketName { get; } = new("r2.privateBucketName", SettingKind.Text, BucketName(), "the private uploads bucket's name (a new name is a new, empty bucket)")
    {
        Default = "{resource}-uploads",
    };

    public static Setting CdnHost { get; } = new("r2.cdnHost", SettingKind.Text, Rules.Like(Allowed.HostnameRegex, Allowed.HostnameText),
        "the hostname serving the public bucket, in the zone `cloudflare.zoneId` (R2 custom domains need a Cloudflare zone of the bucket's account)")
    {
        Default = "cdn.{domain}",
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

    public static Setting DnsProvider { get; } = new("dns.provider", SettingKind.Text, Rules.OneOfInOrder(["cloudflare", "external"]),
        "`cloudflare`: the app's record is declared in the zone `cloudflare.zoneId`; `external`: the domain is served by another DNS host, and the records to create there by hand are the stack output `dnsRecords` (and in `infra plan`)")
    {
        Default = "cloudflare",
    };

    public static Setting VercelTarget { get; } = new("dns.vercelTarget", SettingKind.Text, Rules.Like(Allowed.HostnameRegex, Allowed.HostnameText),
        "a hostname, to pin the CNAME target instead")
    {
        DefaultDoc = "none: the target Vercel recommends for the domain (`getDomainConfig`'s `recommendedCname`)",
        Example = "cname.vercel-dns.com",
    };

    public static IReadOnlyList<Setting> All { get; } =
        [AccountId, ZoneId, R2Enabled, PublicBucketName, PrivateBucketName, CdnHost, LocationHint, CorsOrigins, PreviewObjectDays, DnsProvider, VercelTarget];

    /// <summary>An R2 bucket name: 3 to 63 lower-case letters, digits and hyphens, starting and ending with a letter or digit.</summary>
    private static Rule BucketName() => Rules.Like("^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$", "an R2 bucket name: 3 to 63 lower-case letters, digits and '-', starting and ending with a letter or digit");
}
