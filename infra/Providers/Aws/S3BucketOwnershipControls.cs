using Infra.Expressions;
using Infra.Model;

namespace Infra.Providers.Aws;

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
