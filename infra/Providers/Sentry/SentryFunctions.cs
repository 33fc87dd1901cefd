using Infra.Expressions;

namespace Infra.Providers.Sentry;

/// <summary>Sentry provider functions, as <c>fn::invoke</c> expressions.</summary>
public static class SentryFunctions
{
    /// <summary>The organization's integration of a provider (<c>slack</c>) by name; the whole result.</summary>
    public static InvokeExpr OrganizationIntegration(Input<string> organization, string providerKey, Input<string> name) => new(
        "sentry:index/getOrganizationIntegration:getOrganizationIntegration",
        ObjectExpr.From(("organization", organization.Expr), ("providerKey", providerKey), ("name", name.Expr)));

    /// <summary>An existing team, read (not managed) by a stack that does not own it.</summary>
    public static InvokeExpr Team(Input<string> organization, Input<string> slug) => new(
        "sentry:index/getTeam:getTeam",
        ObjectExpr.From(("organization", organization.Expr), ("slug", slug.Expr)));
}
