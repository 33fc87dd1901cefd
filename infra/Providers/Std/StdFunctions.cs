using Infra.Expressions;

namespace Infra.Providers.Std;

/// <summary>Functions of Pulumi's <c>std</c> package; every one returns <c>{result}</c>.</summary>
public static class StdFunctions
{
    /// <summary>The SHA-256 of the input as lower-case hex.</summary>
    public static InvokeExpr Sha256(Input<string> input) =>
        new("std:index:sha256", ObjectExpr.From(("input", input.Expr)), "result");

    /// <summary>
    /// The input parsed as a base-10 integer (the default base of pulumi-std
    /// <c>provider/parseint.go</c>); an input that is not an integer fails the invoke.
    /// </summary>
    public static InvokeExpr ParseInt(Input<string> input) =>
        new("std:index:parseint", ObjectExpr.From(("input", input.Expr)), "result");
}
