using System.Collections.Immutable;

namespace Infra.Expressions;

/// <summary>A list, written in the order given.</summary>
public sealed record ListExpr(ImmutableArray<Expr> Items) : Expr
{
    public static ListExpr Of(params IEnumerable<Expr> items) => new([.. items]);

    protected override IEnumerable<Expr> Children() => Items;

    public bool Equals(ListExpr? other) => other is not null && Items.SequenceEqual(other.Items);

    public override int GetHashCode() => Items.Length;
}
