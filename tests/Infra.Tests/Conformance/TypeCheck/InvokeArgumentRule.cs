namespace Infra.Tests.Conformance.TypeCheck;

/// <summary>
/// <b>Infra rule, not pulumi-yaml's</b> (<see cref="TypeRule.InfraInvokeArguments"/>): an invoke's arguments must be
/// assignable to the function's input object, with the analyser's own assignability rules (missing required
/// argument, unknown argument, type mismatch: errors). pulumi-yaml v1.38.1 only warns about unknown argument names
/// and overwrites the argument types with the schema's (<c>analyser.go:846-855</c>), so it never reports these;
/// the provider refuses such a call when the program runs.
/// </summary>
internal sealed class InvokeArgumentRule(TypeCache types, TypeAssertion assertion)
{
    public void Check(AstInvoke invoke, FunctionDefinition function)
    {
        var to = function.Inputs ?? new ObjectType(function.Token + "Args", []);
        var from = invoke.Arguments;
        if (from is null)
        {
            // No `arguments:` written: an empty object, so missing required arguments are reported.
            from = new AstObject([]);
            types.Set(from, new ObjectType(ObjectType.AdhocPrefix, []));
        }

        assertion.Assert(from, to, TypeRule.InfraInvokeArguments);
    }
}
