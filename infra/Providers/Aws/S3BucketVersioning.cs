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
