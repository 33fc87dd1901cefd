using Infra.Expressions;
using Infra.Model;

namespace Infra.Providers.Aws;

/// <summary><c>aws:s3/bucket:Bucket</c>: an S3 bucket; its settings are separate resources.</summary>
public sealed record S3Bucket(string Name, Input<string> BucketName) : Resource(Name), ISummarized
{
    public override string Type => "aws:s3/bucket:Bucket";

    /// <summary>The bucket's region (AWS provider 7's per-resource region).</summary>
    public Input<string>? Region { get; init; }

    public IReadOnlyDictionary<string, Input<string>>? Tags { get; init; }

    public Output<string> Arn => Output<string>("arn");

    /// <summary>The bucket's name.</summary>
    public Output<string> BucketOutput => Output<string>("bucket");

    public IReadOnlyList<string> SummaryKeys { get; } = ["bucket", "region"];

    public override ObjectExpr Inputs() => new ObjectBuilder()
        .Add("bucket", BucketName)
        .Add("region", Region)
        .Add("tags", AwsTags.ToExpr(Tags))
        .Build();
}
