namespace Infra.Tests.Conformance.TypeCheck;

/// <summary>Which rule produced a <see cref="TypeDiagnostic"/>.</summary>
internal enum TypeRule
{
    /// <summary>pulumi-yaml v1.38.1's analyser reports it before running the program.</summary>
    PulumiYaml,

    /// <summary>
    /// Ours, stricter than pulumi-yaml: invoke arguments must be assignable to the function's inputs (missing
    /// required arguments, wrong types). pulumi-yaml never checks them (it overwrites their types with the schema's,
    /// <c>analyser.go:854</c>), but the provider refuses such a call at run time.
    /// </summary>
    InfraInvokeArguments,
}
