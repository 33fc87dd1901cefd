using Infra.Expressions;

namespace Infra.Providers.Cloudflare;

/// <summary>Cloudflare provider functions, as <c>fn::invoke</c> expressions.</summary>
public static class CloudflareFunctions
{
    /// <summary>The account's API token permission groups with this exact name (<c>return: results</c>).</summary>
    public static InvokeExpr AccountPermissionGroups(Input<string> accountId, string name) => new(
        "cloudflare:index/getAccountApiTokenPermissionGroupsList:getAccountApiTokenPermissionGroupsList",
        ObjectExpr.From(("accountId", accountId.Expr), ("name", name)),
        "results");
}
