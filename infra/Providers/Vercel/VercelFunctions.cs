using Infra.Expressions;

namespace Infra.Providers.Vercel;

/// <summary>Vercel provider functions, as <c>fn::invoke</c> expressions.</summary>
public static class VercelFunctions
{
    /// <summary>The CNAME target Vercel recommends for a domain of a project (<c>recommendedCname</c>).</summary>
    public static InvokeExpr RecommendedCname(Input<string> domain, Input<string> projectId) => new(
        "vercel:index/getDomainConfig:getDomainConfig",
        ObjectExpr.From(("domain", domain.Expr), ("projectIdOrName", projectId.Expr)),
        "recommendedCname");

    /// <summary>The A record values Vercel recommends for a domain (an apex, which cannot hold a CNAME at most DNS hosts).</summary>
    public static InvokeExpr RecommendedIpv4s(Input<string> domain, Input<string> projectId) => new(
        "vercel:index/getDomainConfig:getDomainConfig",
        ObjectExpr.From(("domain", domain.Expr), ("projectIdOrName", projectId.Expr)),
        "recommendedIpv4s");
}
