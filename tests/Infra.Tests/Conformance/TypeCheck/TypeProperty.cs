namespace Infra.Tests.Conformance.TypeCheck;

/// <summary>
/// <c>schema.Property</c>: required exactly when its type is not wrapped in <see cref="OptionalType"/>
/// (pulumi <c>schema.go:374-377</c>).
/// </summary>
internal sealed record TypeProperty(string Name, SchemaType Type)
{
    public bool IsRequired => Type is not OptionalType;
}
