namespace Infra.Tests.Conformance.TypeCheck;

/// <summary>
/// A bound <c>schema.Function</c> (pulumi <c>bind.go:2405-2564</c>): <see cref="Inputs"/> is the <c>&lt;token&gt;Args</c>
/// object; for inline <c>outputs</c>, <see cref="Outputs"/> and <see cref="ReturnType"/> are the same
/// <c>&lt;token&gt;Result</c> object; for a non-object <c>returnType</c>, <see cref="Outputs"/> is null.
/// </summary>
internal sealed record FunctionDefinition(string Token, ObjectType? Inputs, ObjectType? Outputs, SchemaType? ReturnType);
