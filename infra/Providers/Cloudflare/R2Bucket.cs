using Infra.Expressions;
using Infra.Model;

namespace Infra.Providers.Cloudflare;

/// <summary><c>cloudflare:index/r2Bucket:R2Bucket</c>: an R2 bucket.</summary>
public sealed record R2Bucket(string Name, Input<string> AccountId, Input<string> BucketName) : Resource(Name), ISummarized
{
    public override string Type => "cloudflare:index/r2Bucket:R2Bucket";

    /// <summary>Location hint: <c>apac</c>, <c>eeur</c>, <c>enam</c>, <c>weur</c>, <c>wnam</c>, <c>oc</c>.</summary>
    public Input<string>? Location { get; init; }

    /// <summary>The bucket's name, as created.</summary>
    public Output<string> NameOutput => Output<string>("name");

    public IReadOnlyList<string> SummaryKeys { get; } = ["name", "location"];

    public override ObjectExpr Inputs() => new ObjectBuilder()
        .Add("accountId", AccountId)
        .Add("name", BucketName)
        .Add("location", Location)
        .Build();
}
