using Infra.Expressions;

namespace Infra.Providers.Neon;

/// <summary>Neon provider functions, as <c>fn::invoke</c> expressions.</summary>
public static class NeonFunctions
{
    /// <summary>The password of an inherited role on a branch (secret).</summary>
    public static InvokeExpr BranchRolePassword(Input<string> projectId, Input<string> branchId, Input<string> roleName) => new(
        "neon:index/getBranchRolePassword:getBranchRolePassword",
        ObjectExpr.From(("projectId", projectId.Expr), ("branchId", branchId.Expr), ("roleName", roleName.Expr)),
        "password");
}
