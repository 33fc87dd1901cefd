namespace Infra.Expressions;

/// <summary>A string. Written quoted whenever a plain scalar would read as another type.</summary>
public sealed record StringLit(string Value) : Expr;

/// <summary>An integer (schema type <c>integer</c>).</summary>
public sealed record IntLit(long Value) : Expr;

/// <summary>A floating point number (schema type <c>number</c>).</summary>
public sealed record NumberLit(double Value) : Expr;

/// <summary>A boolean.</summary>
public sealed record BoolLit(bool Value) : Expr;

/// <summary>The YAML null.</summary>
public sealed record NullLit : Expr
{
    public static NullLit Instance { get; } = new();
}
