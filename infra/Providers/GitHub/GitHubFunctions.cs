using Infra.Expressions;

namespace Infra.Providers.GitHub;

/// <summary>GitHub provider functions, as <c>fn::invoke</c> expressions.</summary>
public static class GitHubFunctions
{
    /// <summary>A user's numeric id, as the string <c>getUser</c> returns (environment reviewers want an integer: parse it).</summary>
    public static InvokeExpr UserId(string login) => new("github:index/getUser:getUser", ObjectExpr.From(("username", login)), "id");
}
