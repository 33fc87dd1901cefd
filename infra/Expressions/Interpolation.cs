using System.Collections.Immutable;

namespace Infra.Expressions;

/// <summary>
/// A string built from literal text and references, written as one YAML string such as
/// <c>https://${domain.domain}/</c>. Parts are <see cref="StringLit"/> or <see cref="Ref"/>.
/// </summary>
public sealed record Interpolation(ImmutableArray<Expr> Parts) : Expr
{
    public static Interpolation Of(params IEnumerable<Expr> parts)
    {
        var list = parts.ToImmutableArray();
        foreach (var part in list)
        {
            if (part is not (StringLit or Ref))
            {
                throw new ArgumentException($"an interpolation holds text and references only, not {part.GetType().Name}", nameof(parts));
            }
        }

        return new Interpolation(list);
    }

    protected override IEnumerable<Expr> Children() => Parts;

    public bool Equals(Interpolation? other) => other is not null && Parts.SequenceEqual(other.Parts);

    public override int GetHashCode() => Parts.Length;
}
