namespace Infra.Tests.Conformance.TypeCheck;

/// <summary>
/// <c>schema.OptionalType</c>: a property that is not required. Unwrapped everywhere except one place: property
/// access distributes over a bare union only, so <c>Optional&lt;Union&lt;...&gt;&gt;</c> is not distributed
/// (pulumi-yaml <c>pkg/pulumiyaml/analyser.go:958</c>, v1.38.1).
/// </summary>
internal sealed class OptionalType(SchemaType element) : SchemaType
{
    public SchemaType Element { get; } = element;
}
