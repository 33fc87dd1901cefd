using System.Collections.Immutable;

namespace Infra.Expressions;

/// <summary>Builds an <see cref="ObjectExpr"/>, skipping values that are not set.</summary>
public sealed class ObjectBuilder
{
    private readonly ImmutableSortedDictionary<string, Expr>.Builder _properties =
        ImmutableSortedDictionary.CreateBuilder<string, Expr>(StringComparer.Ordinal);

    public ObjectBuilder Add(string key, Expr? value)
    {
        if (value is not null)
        {
            _properties[key] = value;
        }

        return this;
    }

    public ObjectBuilder Add<T>(string key, Input<T>? value) => Add(key, value?.Expr);

    public ObjectBuilder Add<T>(string key, Input<T> value) => Add(key, value.Expr);

    public ObjectBuilder Add<T>(string key, IEnumerable<Input<T>>? values) =>
        values is null ? this : Add(key, new ListExpr([.. values.Select(v => v.Expr)]));

    public ObjectBuilder Add(string key, IInputObject? value) => Add(key, value?.ToExpr());

    public ObjectBuilder Add(string key, IEnumerable<IInputObject>? values) =>
        values is null ? this : Add(key, new ListExpr([.. values.Select(v => v.ToExpr())]));

    public ObjectExpr Build() => new(_properties.ToImmutable());
}
