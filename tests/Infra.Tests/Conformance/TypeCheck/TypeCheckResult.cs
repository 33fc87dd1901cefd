namespace Infra.Tests.Conformance.TypeCheck;

/// <summary>
/// What a check found, and the types it derived (pulumi-yaml's <c>Typing</c> interface, <c>analyser.go:25-38</c>):
/// a variable's or output's type is null when none was recorded or the walk stopped before it.
/// </summary>
internal sealed record TypeCheckResult(
    IReadOnlyList<TypeDiagnostic> Diagnostics,
    IReadOnlyDictionary<string, SchemaType?> Variables,
    IReadOnlyDictionary<string, SchemaType?> Outputs)
{
    public IEnumerable<TypeDiagnostic> Errors => Diagnostics.Where(d => d.IsError);

    public IEnumerable<TypeDiagnostic> Warnings => Diagnostics.Where(d => !d.IsError);
}
