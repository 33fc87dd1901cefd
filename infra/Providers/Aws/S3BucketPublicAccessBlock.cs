using Infra.Expressions;
using Infra.Model;

namespace Infra.Providers.Aws;

/// <summary><c>aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock</c>: every kind of public access blocked.</summary>
public sealed record S3BucketPublicAccessBlock(string Name, Input<string> Bucket) : Resource(Name), ISummarized
{
    public override string Type => "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock";

    public Input<string>? Region { get; init; }

    public IReadOnlyList<string> SummaryKeys { get; } = ["blockPublicAcls", "blockPublicPolicy"];

    public override ObjectExpr Inputs() => new ObjectBuilder()
        .Add("bucket", Bucket)
        .Add("region", Region)
        .Add("blockPublicAcls", (Expr)true)
        .Add("blockPublicPolicy", (Expr)true)
        .Add("ignorePublicAcls", (Expr)true)
        .Add("restrictPublicBuckets", (Expr)true)
        .Build();
}
