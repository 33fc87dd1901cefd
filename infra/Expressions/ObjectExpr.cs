using System.Collections.Immutable;

namespace Infra.Expressions;

/// <summary>
/// A map with string keys. Keys are kept in ordinal order so that the output does not depend
/// on the order in which a component set them.
/// </summary>
public sealed record ObjectExpr(ImmutableSortedDictionary<string, Expr> Properties) : Expr
{
    public static ObjectExpr Empty { get; } = new(ImmutableSortedDictionary.Create<string, Expr>(StringComparer.Ordinal));

    public bool IsEmpty => Properties.IsEmpty;

    public Expr? this[string key] => Properties.GetValueOrDefault(key);

    public static ObjectExpr Of(params IEnumerable<KeyValuePair<string, Expr>> properties) =>
        new(properties.ToImmutableSortedDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));

    public static ObjectExpr From(params (string Key, Expr Value)[] properties) =>
        Of(properties.Select(p => new KeyValuePair<string, Expr>(p.Key, p.Value)));

    protected override IEnumerable<Expr> Children() => Properties.Values;

    public bool Equals(ObjectExpr? other) =>
        other is not null
        && Properties.Count == other.Properties.Count
        && Properties.All(p => other.Properties.TryGetValue(p.Key, out var v) && Equals(p.Value, v));

    public override int GetHashCode() => Properties.Count;
}
