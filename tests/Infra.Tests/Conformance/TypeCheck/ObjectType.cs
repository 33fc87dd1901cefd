using System.Diagnostics.CodeAnalysis;

namespace Infra.Tests.Conformance.TypeCheck;

/// <summary>
/// <c>schema.ObjectType</c>: a schema object (properties sorted by name), a resource's input bag, or an adhoc
/// object literal (token <c>pulumi:adhock:...</c>, or empty, displayed as its fields). Properties are resolved
/// lazily so recursive schema types terminate.
/// </summary>
internal sealed class ObjectType : SchemaType
{
    /// <summary>pulumi-yaml's token prefix for object literals (<c>analyser.go:196</c>, the spelling is upstream's).</summary>
    public const string AdhocPrefix = "pulumi:adhock:";

    private readonly Lazy<IReadOnlyList<TypeProperty>> _properties;
    private Dictionary<string, TypeProperty>? _byName;

    public ObjectType(string token, IReadOnlyList<TypeProperty> properties)
        : this(token, () => properties)
    {
    }

    public ObjectType(string token, Func<IReadOnlyList<TypeProperty>> properties)
    {
        Token = token;
        _properties = new Lazy<IReadOnlyList<TypeProperty>>(properties);
    }

    public string Token { get; }

    /// <summary>In stored order: source order for literals, name order for schema objects.</summary>
    public IReadOnlyList<TypeProperty> Properties => _properties.Value;

    /// <summary>Shown as its fields rather than its token (<c>diags/types.go:33</c>).</summary>
    public bool IsAdhoc => Token.Length == 0 || Token.StartsWith(AdhocPrefix, StringComparison.Ordinal);

    /// <summary><c>ObjectType.Property</c> (pulumi <c>schema.go:264-273</c>): by exact name, the last duplicate wins.</summary>
    public bool TryGetProperty(string name, [NotNullWhen(true)] out TypeProperty? property)
    {
        if (_byName is null)
        {
            _byName = new Dictionary<string, TypeProperty>(StringComparer.Ordinal);
            foreach (var p in Properties)
            {
                _byName[p.Name] = p;
            }
        }

        return _byName.TryGetValue(name, out property);
    }
}
