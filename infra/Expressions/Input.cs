namespace Infra.Expressions;

/// <summary>
/// A typed input: a literal of <typeparamref name="T"/> or any expression known to produce one
/// (an <see cref="Output{T}"/>, a config reference, a secret, an invoke).
/// </summary>
public readonly record struct Input<T>(Expr Expr)
{
    public static implicit operator Input<T>(T value) => new(Expr.From(value));

    public static implicit operator Input<T>(Output<T> output) => new(output.Ref);
}
