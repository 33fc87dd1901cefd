namespace Infra.Tests.Conformance.TypeCheck;

/// <summary><c>schema.MapType</c>: string keys, one element type.</summary>
internal sealed class MapType(SchemaType element) : SchemaType
{
    public SchemaType Element { get; } = element;
}
