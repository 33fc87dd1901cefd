using Infra.Expressions;
using Infra.Model;

namespace Infra.Providers.Aws;

/// <summary><c>aws:s3/bucketVersioning:BucketVersioning</c>.</summary>
public sealed record S3BucketVersioning(string Name, Input<string> Bucket, Input<string> Status) : Resource(Name), ISummarized
{
    public override string Type => "aws:s3/bucketVersioning:BucketVersioning";

    public Input<string>? Region { get; init; }

    public IReadOnlyList<string> SummaryKeys { get; } = ["versioningConfiguration"];

    public override ObjectExpr Inputs() => new ObjectBuilder()
        .Add("bucket", Bucket)
        .Add("region", Region)
        .Add("versioningConfiguration", ObjectExpr.From(("status", Status.Expr)))
        .Build();
}

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

/// <summary><c>aws:s3/bucketOwnershipControls:BucketOwnershipControls</c>: ACLs off, the bucket owner owns every object.</summary>
public sealed record S3BucketOwnershipControls(string Name, Input<string> Bucket, Input<string> ObjectOwnership) : Resource(Name), ISummarized
{
    public override string Type => "aws:s3/bucketOwnershipControls:BucketOwnershipControls";

    public Input<string>? Region { get; init; }

    public IReadOnlyList<string> SummaryKeys { get; } = ["rule"];

    public override ObjectExpr Inputs() => new ObjectBuilder()
        .Add("bucket", Bucket)
        .Add("region", Region)
        .Add("rule", ObjectExpr.From(("objectOwnership", ObjectOwnership.Expr)))
        .Build();
}

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
