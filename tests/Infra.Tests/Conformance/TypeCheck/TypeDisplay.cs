namespace Infra.Tests.Conformance.TypeCheck;

/// <summary>How types print: the diagnostic display and Go's <c>String()</c>.</summary>
internal static class TypeDisplay
{
    /// <summary>
    /// <c>DisplayTypeWithAdhock(t, "pulumi:adhock:")</c> (pulumi-yaml <c>pkg/pulumiyaml/diags/types.go:17-66</c>,
    /// v1.38.1): Optional is never shown, Any and Json are <c>any</c>, adhoc objects show their fields.
    /// </summary>
    public static string Display(SchemaType type) => SchemaType.Unwrap(type) switch
    {
        PrimitiveType p => p.DisplayName,
        ObjectType { IsAdhoc: true } o => "{" + string.Join(", ", o.Properties.Select(p => $"{p.Name}: {Display(p.Type)}")) + "}",
        ObjectType o => o.Token,
        ArrayType a => $"List<{Display(a.Element)}>",
        MapType m => $"Map<{Display(m.Element)}>",
        UnionType u => $"Union<{string.Join(", ", u.Elements.Select(Display))}>",
        TokenType t => $"{t.Token}<type = {Display(t.Underlying ?? PrimitiveType.AnyType)}>",
        EnumType e => e.Token,
        ResourceType r => r.Token,
        InvalidType => "Invalid",
        var other => throw new ArgumentOutOfRangeException(nameof(type), other.GetType().Name, "unknown schema type"),
    };

    /// <summary>Go's <c>Type.String()</c> (pulumi <c>schema.go:123-334</c>); input shapes (<c>•Input</c>) are not modelled.</summary>
    public static string SchemaString(SchemaType type) => type switch
    {
        PrimitiveType p => p.SchemaName,
        OptionalType o => $"Optional<{SchemaString(o.Element)}>",
        ObjectType o => o.Token,
        ArrayType a => $"Array<{SchemaString(a.Element)}>",
        MapType m => $"Map<{SchemaString(m.Element)}>",
        UnionType u => $"Union<{string.Join(", ", u.Elements.Select(SchemaString).Concat(u.DefaultType is { } d ? ["default=" + SchemaString(d)] : []))}>",
        TokenType t => t.Token,
        EnumType e => e.Token,
        ResourceType r => r.Token,
        InvalidType => "Invalid",
        var other => throw new ArgumentOutOfRangeException(nameof(type), other.GetType().Name, "unknown schema type"),
    };

    /// <summary>Go's <c>%T</c> of a schema type, for the "Unknown type" internal error.</summary>
    public static string GoTypeName(SchemaType type) => "*schema." + type.GetType().Name;
}
