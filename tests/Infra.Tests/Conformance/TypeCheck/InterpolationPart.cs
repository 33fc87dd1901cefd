namespace Infra.Tests.Conformance.TypeCheck;

/// <summary>One part of an interpolated string: literal text followed by an optional <c>${path}</c>.</summary>
internal sealed record InterpolationPart(string Text, PropertyPath? Value);
