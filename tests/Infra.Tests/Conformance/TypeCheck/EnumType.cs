namespace Infra.Tests.Conformance.TypeCheck;

/// <summary>
/// <c>schema.EnumType</c>. Values are bound by the enum's declared type (pulumi <c>bind.go:1302-1358</c>): string
/// → <see cref="string"/>, number → <see cref="double"/>, integer → <see cref="int"/> (Go int32), boolean → <see cref="bool"/>.
/// </summary>
internal sealed class EnumType(string token, SchemaType elementType, IReadOnlyList<EnumValue> values) : SchemaType
{
    public string Token { get; } = token;

    public SchemaType ElementType { get; } = elementType;

    public IReadOnlyList<EnumValue> Values { get; } = values;
}

/// <summary>One enum member: its optional name and its bound value.</summary>
internal sealed record EnumValue(string? Name, object Value);
