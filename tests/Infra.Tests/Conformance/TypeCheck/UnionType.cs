namespace Infra.Tests.Conformance.TypeCheck;

/// <summary><c>schema.UnionType</c> (a schema <c>oneOf</c>, or a list literal with several element types).</summary>
internal sealed class UnionType(IReadOnlyList<SchemaType> elements, SchemaType? defaultType = null) : SchemaType
{
    public IReadOnlyList<SchemaType> Elements { get; } = elements;

    /// <summary>The schema's <c>type</c> beside <c>oneOf</c>; shown by <c>String()</c> only, never by the display.</summary>
    public SchemaType? DefaultType { get; } = defaultType;
}
