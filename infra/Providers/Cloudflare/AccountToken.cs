using Infra.Expressions;
using Infra.Model;

namespace Infra.Providers.Cloudflare;

/// <summary>
/// <c>cloudflare:index/accountToken:AccountToken</c>: an account-owned API token. Its <c>id</c> is
/// the R2 access key id and the SHA-256 of its <c>value</c> the R2 secret access key.
/// </summary>
public sealed record AccountToken(string Name, Input<string> AccountId, Input<string> TokenName, IReadOnlyList<AccountTokenPolicy> Policies) : Resource(Name), ISummarized
{
    public override string Type => "cloudflare:index/accountToken:AccountToken";

    /// <summary>The token's secret value.</summary>
    public Output<string> Value => Output<string>("value");

    public IReadOnlyList<string> SummaryKeys { get; } = ["name"];

    public override ObjectExpr Inputs() => new ObjectBuilder()
        .Add("accountId", AccountId)
        .Add("name", TokenName)
        .Add("policies", Policies)
        .Build();
}

/// <summary>A token policy: permission groups over resources (a JSON object of resource keys).</summary>
public sealed record AccountTokenPolicy(Input<string> Effect, IReadOnlyList<Input<string>> PermissionGroupIds, Input<string> Resources) : IInputObject
{
    public ObjectExpr ToExpr() => new ObjectBuilder()
        .Add("effect", Effect)
        .Add("permissionGroups", new ListExpr([.. PermissionGroupIds.Select(id => (Expr)ObjectExpr.From(("id", id.Expr)))]))
        .Add("resources", Resources)
        .Build();
}
