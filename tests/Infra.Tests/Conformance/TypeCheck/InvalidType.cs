namespace Infra.Tests.Conformance.TypeCheck;

/// <summary>
/// <c>schema.InvalidType</c>: the type of <c>null</c>, of unknown names and of failed accesses. Assignable both
/// ways. A new instance per use, as in Go, so two of them are distinct members of a list's element union.
/// </summary>
internal sealed class InvalidType : SchemaType;
