using System.Collections.Immutable;

namespace Infra.Components;

/// <summary>What a stack's R2 storage is made of.</summary>
/// <param name="AccountId">The Cloudflare account that owns the buckets.</param>
/// <param name="ZoneId">The zone that holds the CDN hostname.</param>
/// <param name="NamePrefix">Bucket names start with it (<c>luma</c>, <c>luma-staging</c>).</param>
/// <param name="LocationHint">Where R2 places the buckets (<c>enam</c>).</param>
/// <param name="CorsOrigins">The app origins allowed to call the buckets from a browser.</param>
/// <param name="CdnDomain">The hostname serving the public bucket (<c>cdn.learn.example.com</c>).</param>
/// <param name="Protect">Protect the buckets and keep them when they leave the program.</param>
public sealed record R2StorageArgs(
    string AccountId,
    string ZoneId,
    string NamePrefix,
    string LocationHint,
    ImmutableArray<string> CorsOrigins,
    string CdnDomain,
    bool Protect)
{
    /// <summary>Days a pull request's objects (<c>pr-</c> prefix) are kept; null when no pull request uses the buckets.</summary>
    public int? PreviewObjectDays { get; init; }

    public string PublicBucketName { get; init; } = NamePrefix + "-assets";

    public string PrivateBucketName { get; init; } = NamePrefix + "-uploads";

    public bool Equals(R2StorageArgs? other) =>
        other is not null && AccountId == other.AccountId && ZoneId == other.ZoneId && NamePrefix == other.NamePrefix
        && LocationHint == other.LocationHint && CorsOrigins.SequenceEqual(other.CorsOrigins) && CdnDomain == other.CdnDomain && Protect == other.Protect
        && PreviewObjectDays == other.PreviewObjectDays && PublicBucketName == other.PublicBucketName && PrivateBucketName == other.PrivateBucketName;

    public override int GetHashCode() => HashCode.Combine(AccountId, NamePrefix, CdnDomain);
}
