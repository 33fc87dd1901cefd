namespace Infra.Tests.Conformance.TypeCheck;

/// <summary>
/// <c>assertTypeAssignable</c> (pulumi-yaml <c>pkg/pulumiyaml/analyser.go:559-597</c>, v1.38.1): a non-internal
/// failure is an error whose summary is <c>&lt;to&gt; is not assignable from &lt;from&gt;</c> (or the single unknown
/// property's summary) and whose detail is the failure tree; an internal failure is only a warning.
/// </summary>
internal sealed class TypeAssertion(TypeCache types, DiagnosticSink sink)
{
    private readonly Assignability _assignability = new(types);

    public NotAssignable? Check(AstExpr from, SchemaType to) => _assignability.Check(from, to);

    public void Assert(AstExpr from, SchemaType? to, TypeRule rule = TypeRule.PulumiYaml)
    {
        if (to is null)
        {
            return;
        }

        if (!types.TryGet(from, out var type))
        {
            sink.Warning("internal error: unable to discover type", $"expected type '{to.Display}'", rule);
            return;
        }

        if (_assignability.Check(from, to) is not { } result)
        {
            return;
        }

        var summary = $"{to.Display} is not assignable from {type.Display}";
        if (result.IsInternal)
        {
            sink.Warning("internal error: " + summary, result.ToString(), rule);
            return;
        }

        if (result.Summary.Length > 0)
        {
            summary = result.Summary;
        }

        sink.Error(summary, result.ToString(), rule);
    }
}
