using Infra.Expressions;
using Infra.Model;

namespace Infra.Providers.Aws;

/// <summary><c>aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration</c>.</summary>
public sealed record S3BucketLifecycle(string Name, Input<string> Bucket, IReadOnlyList<S3LifecycleRule> Rules) : Resource(Name), ISummarized
{
    public override string Type => "aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration";

    public Input<string>? Region { get; init; }

    public IReadOnlyList<string> SummaryKeys { get; } = ["bucket"];

    public override ObjectExpr Inputs() => new ObjectBuilder()
        .Add("bucket", Bucket)
        .Add("region", Region)
        .Add("rules", Rules)
        .Build();
}

/// <summary>A lifecycle rule for the objects under <paramref name="Prefix"/> (empty: the whole bucket).</summary>
public sealed record S3LifecycleRule(string Id, string Prefix) : IInputObject
{
    public long? ExpireAfterDays { get; init; }

    public long? NoncurrentExpireAfterDays { get; init; }

    public long? AbortMultipartAfterDays { get; init; }

    /// <summary>
    /// Remove delete markers that no longer have an older version (left behind on a versioned bucket
    /// once the noncurrent versions expire). An <c>expiration</c> holds exactly one of date, days or
    /// this, so it goes in a rule without <see cref="ExpireAfterDays"/>.
    /// </summary>
    public bool ExpiredObjectDeleteMarker { get; init; }

    public ObjectExpr ToExpr() => new ObjectBuilder()
        .Add("id", (Expr)Id)
        .Add("status", (Expr)"Enabled")
        .Add("filter", ObjectExpr.From(("prefix", Prefix)))
        .Add("expiration", ExpireAfterDays is { } days ? ObjectExpr.From(("days", days))
            : ExpiredObjectDeleteMarker ? ObjectExpr.From(("expiredObjectDeleteMarker", true)) : null)
        .Add("noncurrentVersionExpiration", NoncurrentExpireAfterDays is { } nc ? ObjectExpr.From(("noncurrentDays", nc)) : null)
        .Add("abortIncompleteMultipartUpload", AbortMultipartAfterDays is { } ab ? ObjectExpr.From(("daysAfterInitiation", ab)) : null)
        .Build();
}
