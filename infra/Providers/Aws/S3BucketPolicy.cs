using Infra.Expressions;
using Infra.Model;

namespace Infra.Providers.Aws;

/// <summary><c>aws:s3/bucketPolicy:BucketPolicy</c>: a bucket policy (JSON text).</summary>
public sealed record S3BucketPolicy(string Name, Input<string> Bucket, Input<string> Policy) : Resource(Name), ISummarized
{
    public override string Type => "aws:s3/bucketPolicy:BucketPolicy";

    public Input<string>? Region { get; init; }

    public IReadOnlyList<string> SummaryKeys { get; } = ["bucket"];

    public override ObjectExpr Inputs() => new ObjectBuilder()
        .Add("bucket", Bucket)
        .Add("region", Region)
        .Add("policy", Policy)
        .Build();
}
