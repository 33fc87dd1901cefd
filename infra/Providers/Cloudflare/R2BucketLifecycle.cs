using Infra.Expressions;
using Infra.Model;

namespace Infra.Providers.Cloudflare;

/// <summary><c>cloudflare:index/r2BucketLifecycle:R2BucketLifecycle</c>: the lifecycle rules of a bucket.</summary>
public sealed record R2BucketLifecycle(string Name, Input<string> AccountId, Input<string> BucketName, IReadOnlyList<R2LifecycleRule> Rules) : Resource(Name), ISummarized
{
    public override string Type => "cloudflare:index/r2BucketLifecycle:R2BucketLifecycle";

    public IReadOnlyList<string> SummaryKeys { get; } = ["bucketName"];

    public override ObjectExpr Inputs() => new ObjectBuilder()
        .Add("accountId", AccountId)
        .Add("bucketName", BucketName)
        .Add("rules", Rules)
        .Build();
}

/// <summary>A lifecycle rule for the objects under <paramref name="Prefix"/> (empty: all objects).</summary>
public sealed record R2LifecycleRule(string Id, string Prefix) : IInputObject
{
    public bool Enabled { get; init; } = true;

    /// <summary>Abort incomplete multipart uploads this many seconds after they started.</summary>
    public long? AbortMultipartAfterSeconds { get; init; }

    /// <summary>Delete objects this many seconds after they were written.</summary>
    public long? DeleteAfterSeconds { get; init; }

    public ObjectExpr ToExpr() => new ObjectBuilder()
        .Add("id", (Expr)Id)
        .Add("enabled", (Expr)Enabled)
        .Add("conditions", ObjectExpr.From(("prefix", Prefix)))
        .Add("abortMultipartUploadsTransition", AgeCondition(AbortMultipartAfterSeconds))
        .Add("deleteObjectsTransition", AgeCondition(DeleteAfterSeconds))
        .Build();

    private static ObjectExpr? AgeCondition(long? seconds) =>
        seconds is { } s ? ObjectExpr.From(("condition", ObjectExpr.From(("maxAge", s), ("type", "Age")))) : null;
}
