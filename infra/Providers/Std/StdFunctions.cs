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

    /// <summary>
    /// Every match of <paramref name="search"/> in the text replaced; a search wrapped in
    /// slashes is an RE2 regular expression and <paramref name="replace"/> may name its groups
    /// (<c>$1</c>) (pulumi-std v2.3.2 <c>provider/replace.go</c> L45-63).
    /// </summary>
    public static InvokeExpr Replace(Input<string> text, Input<string> search, Input<string> replace) =>
        new("std:index:replace", ObjectExpr.From(("text", text.Expr), ("search", search.Expr), ("replace", replace.Expr)), "result");
}
