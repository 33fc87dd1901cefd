namespace Infra.Tests.Conformance.TypeCheck;

/// <summary>
/// <c>typeInvoke</c> (pulumi-yaml <c>pkg/pulumiyaml/analyser.go:817-918</c>, v1.38.1): resolves the function (an
/// unresolvable one is an error that stops the walk), warns about unknown argument names, and types the result:
/// the single return type, the output named by <c>return</c> (matched case-insensitively), or the outputs object.
/// </summary>
internal sealed class InvokeTyper(PackageCatalog catalog, TypeCache types, DiagnosticSink sink, InvokeArgumentRule? argumentRule)
{
    public bool Type(AstInvoke invoke)
    {
        var (function, error) = catalog.ResolveFunction(invoke.Token);
        if (function is null)
        {
            // analyser.go:827-831: ctx.error returns false, which ends the whole walk.
            sink.Error(error!);
            return false;
        }

        // Ours, off by default: must run before the argument types are overwritten below.
        argumentRule?.Check(invoke, function);

        var inputs = function.Inputs?.Properties ?? [];
        var byName = new Dictionary<string, SchemaType>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            byName[input.Name] = input.Type;
        }

        foreach (var entry in invoke.Arguments?.Entries ?? [])
        {
            if (entry.Key is not AstString key)
            {
                continue;
            }

            if (byName.TryGetValue(key.Value, out var type))
            {
                // analyser.go:854: the value's type becomes the schema's, so argument values are never type-checked.
                types.Set(entry.Value, type);
            }
            else
            {
                // analyser.go:849-852: only a warning.
                var (summary, detail) = FieldList.NonExistent($"Invoke {function.Token}", inputs.Select(i => i.Name), key.Value, key.Value, fieldsAreProperties: false);
                sink.Warning(summary, detail);
            }
        }

        TypeResult(invoke, function);
        return true;
    }

    private void TypeResult(AstInvoke invoke, FunctionDefinition function)
    {
        // analyser.go:874-877
        var single = function.ReturnType is ObjectType || function.Outputs is not null ? null : function.ReturnType;
        if (single is not null)
        {
            if (invoke.Return is not null)
            {
                sink.Error("fn::invoke has a non-object return value", $"cannot specify property '{invoke.Return}' for function {function.Token}");
            }

            types.Set(invoke, single);
            return;
        }

        if (invoke.Return is null)
        {
            // analyser.go:914-916; a nil Outputs (a $ref return type) would record a nil type in Go: Invalid here.
            types.Set(invoke, function.Outputs ?? (SchemaType)new InvalidType());
            return;
        }

        // analyser.go:887-913: case-insensitive (EqualFold), the last match wins; the error names the token as written.
        SchemaType? returnType = null;
        var fields = new List<string>();
        foreach (var output in function.Outputs?.Properties ?? [])
        {
            fields.Add(output.Name);
            if (string.Equals(invoke.Return, output.Name, StringComparison.OrdinalIgnoreCase))
            {
                returnType = output.Type;
            }
        }

        if (returnType is null)
        {
            var (summary, detail) = FieldList.NonExistent(invoke.Token, fields, invoke.Return, invoke.Return, fieldsAreProperties: true);
            sink.Error(summary, detail);

            // No type is recorded: a use of this value is then an internal error (a warning).
            types.Remove(invoke);
            return;
        }

        types.Set(invoke, returnType);
    }
}
