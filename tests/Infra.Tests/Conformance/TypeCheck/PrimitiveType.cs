namespace Infra.Tests.Conformance.TypeCheck;

/// <summary>
/// A primitive type (pulumi <c>schema.go:49-116</c>). Json and AnyResource are distinct values from Any even though
/// pulumi prints all three as <c>pulumi:pulumi:Any</c>.
/// </summary>
internal sealed class PrimitiveType : SchemaType
{
    private PrimitiveType(string schemaName, string displayName)
    {
        SchemaName = schemaName;
        DisplayName = displayName;
    }

    public static PrimitiveType BoolType { get; } = new("boolean", "boolean");

    public static PrimitiveType IntType { get; } = new("integer", "integer");

    public static PrimitiveType NumberType { get; } = new("number", "number");

    public static PrimitiveType StringType { get; } = new("string", "string");

    public static PrimitiveType ArchiveType { get; } = new("pulumi:pulumi:Archive", "archive");

    public static PrimitiveType AssetType { get; } = new("pulumi:pulumi:Asset", "asset");

    public static PrimitiveType AnyType { get; } = new("pulumi:pulumi:Any", "any");

    /// <summary><c>pulumi.json#/Json</c>: displayed <c>any</c>, but only Json and Any are assignable to it.</summary>
    public static PrimitiveType JsonType { get; } = new("pulumi:pulumi:Any", "any");

    /// <summary>Any resource; never produced by schema binding, only by the <c>aliases[].parent</c> option type.</summary>
    public static PrimitiveType AnyResourceType { get; } = new("pulumi:pulumi:Any", "pulumi:pulumi:Any");

    /// <summary>Go's <c>String()</c>.</summary>
    public string SchemaName { get; }

    /// <summary>The diagnostic display (<c>diags/types.go:18-30</c>).</summary>
    public string DisplayName { get; }
}
