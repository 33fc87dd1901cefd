using Infra.Expressions;
using Infra.Model;

namespace Infra.Providers.Aws;

/// <summary><c>aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration</c>: default encryption.</summary>
public sealed record S3BucketEncryption(string Name, Input<string> Bucket, Input<string> SseAlgorithm) : Resource(Name), ISummarized
{
    public override string Type => "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration";

    public Input<string>? Region { get; init; }

    public Input<bool> BucketKeyEnabled { get; init; } = true;

    public IReadOnlyList<string> SummaryKeys { get; } = ["rules"];

    public override ObjectExpr Inputs() => new ObjectBuilder()
        .Add("bucket", Bucket)
        .Add("region", Region)
        .Add("rules", ListExpr.Of(ObjectExpr.From(
            ("applyServerSideEncryptionByDefault", ObjectExpr.From(("sseAlgorithm", SseAlgorithm.Expr))),
            ("bucketKeyEnabled", BucketKeyEnabled.Expr))))
        .Build();
}
