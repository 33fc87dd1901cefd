using Infra.Expressions;

namespace Infra.Providers.Vercel;

/// <summary>A deploy hook of a project's Git repository: calling its URL deploys <paramref name="Ref"/>.</summary>
public sealed record ProjectDeployHook(Input<string> Name, Input<string> Ref) : IInputObject
{
    public ObjectExpr ToExpr() => ObjectExpr.From(("name", Name.Expr), ("ref", Ref.Expr));
}
