using Infra.Expressions;

namespace Infra.Providers.Cloudflare;

/// <summary>Cloudflare provider functions, as <c>fn::invoke</c> expressions.</summary>
public static class CloudflareFunctions
{
    /// <summary>
    /// The account's API token permission groups with this exact name and scope (<c>return: results</c>);
    /// the scope keeps <c>[0]</c> from picking a same-named group of another resource type.
    /// </summary>
    public static InvokeExpr AccountPermissionGroups(Input<string> accountId, string name, string scope) => new(
        "cloudflare:index/getAccountApiTokenPermissionGroupsList:getAccountApiTokenPermissionGroupsList",
        ObjectExpr.From(("accountId", accountId.Expr), ("name", name), ("scope", scope)),
        "results");
}
