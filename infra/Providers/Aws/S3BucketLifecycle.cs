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

    public ObjectExpr ToExpr() => new ObjectBuilder()
        .Add("id", (Expr)Id)
        .Add("status", (Expr)"Enabled")
        .Add("filter", ObjectExpr.From(("prefix", Prefix)))
        .Add("expiration", ExpireAfterDays is { } days ? ObjectExpr.From(("days", days)) : null)
        .Add("noncurrentVersionExpiration", NoncurrentExpireAfterDays is { } nc ? ObjectExpr.From(("noncurrentDays", nc)) : null)
        .Add("abortIncompleteMultipartUpload", AbortMultipartAfterDays is { } ab ? ObjectExpr.From(("daysAfterInitiation", ab)) : null)
        .Build();
}
