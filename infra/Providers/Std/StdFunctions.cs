using Infra.Expressions;

namespace Infra.Providers.Std;

/// <summary>Functions of Pulumi's <c>std</c> package; every one returns <c>{result}</c>.</summary>
public static class StdFunctions
{
    /// <summary>The SHA-256 of the input as lower-case hex.</summary>
    public static InvokeExpr Sha256(Input<string> input) =>
        new("std:index:sha256", ObjectExpr.From(("input", input.Expr)), "result");
}
