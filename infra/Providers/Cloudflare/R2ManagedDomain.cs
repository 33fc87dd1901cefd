using Infra.Expressions;
using Infra.Model;

namespace Infra.Providers.Cloudflare;

/// <summary>
/// <c>cloudflare:index/r2ManagedDomain:R2ManagedDomain</c>: a bucket's public <c>r2.dev</c> URL. Declared
/// with <c>enabled: false</c> to pin it off (r2.dev is rate-limited and meant for development; the
/// public bucket is served through its custom domain). Its provider Read is empty, so a console change
/// is not seen as drift; it has no Delete, so leaving the program leaves the setting as it was.
/// </summary>
public sealed record R2ManagedDomain(string Name, Input<string> AccountId, Input<string> BucketName, Input<bool> Enabled) : Resource(Name), ISummarized
{
    public override string Type => "cloudflare:index/r2ManagedDomain:R2ManagedDomain";

    public IReadOnlyList<string> SummaryKeys { get; } = ["bucketName", "enabled"];

    public override ObjectExpr Inputs() => new ObjectBuilder()
        .Add("accountId", AccountId)
        .Add("bucketName", BucketName)
        .Add("enabled", Enabled)
        .Build();
}
