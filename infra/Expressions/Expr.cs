using System.Globalization;

namespace Infra.Expressions;

/// <summary>
/// A value in the Pulumi YAML program: a literal, a collection, a reference to a resource
/// output, a config key or a variable, or a built-in function. Every value the writer emits
/// is an <see cref="Expr"/>; nothing else reaches the output.
/// </summary>
public abstract record Expr
{
    public static implicit operator Expr(string value) => new StringLit(value);

    public static implicit operator Expr(long value) => new IntLit(value);

    public static implicit operator Expr(int value) => new IntLit(value);

    public static implicit operator Expr(bool value) => new BoolLit(value);

    public static implicit operator Expr(double value) => new NumberLit(value);

    /// <summary>Every sub-expression, this one included, depth first.</summary>
    public IEnumerable<Expr> Walk()
    {
        yield return this;
        foreach (var child in Children())
        {
            foreach (var e in child.Walk())
            {
                yield return e;
            }
        }
    }

    /// <summary>The direct sub-expressions (for walks that stop at some kinds, as <see cref="Walk"/> does not).</summary>
    public IEnumerable<Expr> Subexpressions() => Children();

    /// <summary>The direct sub-expressions; each kind lists its own.</summary>
    protected virtual IEnumerable<Expr> Children() => [];

    /// <summary>Converts a CLR literal into an expression.</summary>
    public static Expr From(object? value) => value switch
    {
        null => NullLit.Instance,
        Expr e => e,
        string s => new StringLit(s),
        bool b => new BoolLit(b),
        int i => new IntLit(i),
        long l => new IntLit(l),
        double d => new NumberLit(d),
        decimal m => new NumberLit((double)m),
        _ => throw new ArgumentException(
            string.Create(CultureInfo.InvariantCulture, $"no literal form for {value.GetType().Name}"), nameof(value)),
    };
}
