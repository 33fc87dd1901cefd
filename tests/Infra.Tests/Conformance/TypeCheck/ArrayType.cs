namespace Infra.Tests.Conformance.TypeCheck;

/// <summary><c>schema.ArrayType</c>, displayed <c>List&lt;T&gt;</c>.</summary>
internal sealed class ArrayType(SchemaType element) : SchemaType
{
    public SchemaType Element { get; } = element;
}
