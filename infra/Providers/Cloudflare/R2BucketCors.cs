using Infra.Expressions;
using Infra.Model;

namespace Infra.Providers.Cloudflare;

/// <summary><c>cloudflare:index/r2BucketCors:R2BucketCors</c>: the CORS rules of a bucket.</summary>
public sealed record R2BucketCors(string Name, Input<string> AccountId, Input<string> BucketName, IReadOnlyList<R2BucketCorsRule> Rules) : Resource(Name), ISummarized
{
    public override string Type => "cloudflare:index/r2BucketCors:R2BucketCors";

    public IReadOnlyList<string> SummaryKeys { get; } = ["bucketName"];

    public override ObjectExpr Inputs() => new ObjectBuilder()
        .Add("accountId", AccountId)
        .Add("bucketName", BucketName)
        .Add("rules", Rules)
        .Build();
}

/// <summary>One CORS rule: who may call with which methods, and how long browsers cache the answer.</summary>
public sealed record R2BucketCorsRule(IReadOnlyList<Input<string>> Methods, IReadOnlyList<Input<string>> Origins) : IInputObject
{
    public IReadOnlyList<Input<string>>? Headers { get; init; }

    public IReadOnlyList<Input<string>>? ExposeHeaders { get; init; }

    public Input<double>? MaxAgeSeconds { get; init; }

    public Input<string>? Id { get; init; }

    public ObjectExpr ToExpr() => new ObjectBuilder()
        .Add("allowed", new ObjectBuilder().Add("methods", Methods).Add("origins", Origins).Add("headers", Headers).Build())
        .Add("exposeHeaders", ExposeHeaders)
        .Add("maxAgeSeconds", MaxAgeSeconds)
        .Add("id", Id)
        .Build();
}
