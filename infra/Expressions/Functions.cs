namespace Infra.Expressions;

/// <summary><c>fn::secret</c>: the value is a secret in Pulumi's state and output.</summary>
public sealed record SecretExpr(Expr Value) : Expr
{
    protected override IEnumerable<Expr> Children() => [Value];
}

/// <summary>
/// <c>fn::unsecret</c>: the value is not a secret, although it comes from a secret output (a
/// Sentry key's <c>dsn</c> map holds the public DSN, which ships in every browser bundle).
/// </summary>
public sealed record UnsecretExpr(Expr Value) : Expr
{
    protected override IEnumerable<Expr> Children() => [Value];
}

/// <summary><c>fn::join</c>: the items joined by a delimiter.</summary>
public sealed record JoinExpr(string Delimiter, Expr Items) : Expr
{
    protected override IEnumerable<Expr> Children() => [Items];
}

/// <summary><c>fn::toJSON</c>: the value as JSON text.</summary>
public sealed record ToJsonExpr(Expr Value) : Expr
{
    protected override IEnumerable<Expr> Children() => [Value];
}

/// <summary>
/// <c>fn::invoke</c>: a provider function call. <paramref name="Return"/> picks one output
/// field (pulumi-yaml's <c>return</c>); <paramref name="Provider"/> is an explicit provider.
/// </summary>
public sealed record InvokeExpr(string Function, ObjectExpr Arguments, string? Return = null, Ref? Provider = null) : Expr
{
    protected override IEnumerable<Expr> Children() =>
        Provider is null ? [Arguments] : [Arguments, Provider];
}

/// <summary>
/// <c>fn::select: [index, values]</c>: the item at <paramref name="Index"/>. An index that is not
/// a non-negative whole number, or past the end, fails the update (pulumi-yaml v1.38.1
/// <c>pkg/pulumiyaml/run.go</c> <c>evaluateBuiltinSelect</c>): a select can carry a check.
/// </summary>
public sealed record SelectExpr(Expr Index, Expr Values) : Expr
{
    protected override IEnumerable<Expr> Children() => [Index, Values];
}
