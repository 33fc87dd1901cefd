using Infra.Expressions;
using Infra.Graph;
using Infra.Model;

namespace Infra.Tests.Conformance.TypeCheck;

/// <summary>
/// An offline model of pulumi-yaml v1.38.1's type checker (<c>TypeCheck</c>, <c>pkg/pulumiyaml/analyser.go:1304-1318</c>)
/// applied to the YAML that <c>PulumiYamlWriter</c> writes for a <see cref="ProgramGraph"/>: every <c>${...}</c>
/// path and <c>fn::</c> result is typed from the provider schemas, and each resource's properties must be
/// assignable to its inputs. Like pulumi-yaml, it stops at the first missing name or unresolvable function.
/// With <see cref="TypeCheckOptions.CheckInvokeArguments"/> it also applies the stricter Infra rule on invoke arguments.
/// </summary>
internal sealed class PulumiYamlTypeChecker(SchemaSet schemas, TypeCheckOptions? options = null)
{
    private readonly TypeCheckOptions _options = options ?? TypeCheckOptions.PulumiYamlOnly;

    public IReadOnlyList<TypeDiagnostic> Check(ProgramGraph program) => Analyse(program).Diagnostics;

    /// <summary>The diagnostics, and the type derived for each variable and output.</summary>
    public TypeCheckResult Analyse(ProgramGraph program)
    {
        var sink = new DiagnosticSink();
        var types = new TypeCache();
        var catalog = new PackageCatalog(schemas);
        var symbols = new SymbolTable(types);
        var assertion = new TypeAssertion(types, sink);
        var invokes = new InvokeTyper(catalog, types, sink, _options.CheckInvokeArguments ? new InvokeArgumentRule(types, assertion) : null);
        var expressions = new ExpressionTyper(types, symbols, assertion, invokes, sink);
        var resources = new ResourceTyper(catalog, types, symbols, assertion, sink);
        var written = new WrittenForm(sink.Report);

        var config = program.Config.Select(c => new ConfigNode(c.Name, c.Type)).ToList();
        var variables = program.Variables.Select(v => Located(sink, "variables." + v.Name, () => new VariableNode(v.Name, written.Of(v.Value)))).ToList();
        var resourceNodes = program.Resources.Select(r => Located(sink, r.Name, () => Node(r, written))).ToList();
        var outputs = program.Outputs.Select(o => Located(sink, "outputs." + o.Name, () => new OutputNode(o.Name, written.Of(o.Value)))).ToList();

        TypeCheckResult Result() => new(
            sink.Diagnostics,
            variables.ToDictionary(v => v.Name, v => types.Get(v.Value), StringComparer.Ordinal),
            outputs.ToDictionary(o => o.Name, o => types.Get(o.Value), StringComparer.Ordinal));

        foreach (var node in WalkOrder.Sort(program.Project, config, resourceNodes, variables))
        {
            if (!Visit(node, sink, symbols, expressions, resources))
            {
                return Result();
            }
        }

        // run.go:1280-1284: outputs last, typed but not checked.
        foreach (var output in outputs)
        {
            sink.Location = "outputs." + output.Name;
            if (!expressions.Walk(output.Value))
            {
                break;
            }
        }

        return Result();
    }

    private static bool Visit(ProgramNode node, DiagnosticSink sink, SymbolTable symbols, ExpressionTyper expressions, ResourceTyper resources)
    {
        switch (node)
        {
            case ConfigNode c:
                // analyser.go:1189-1231: `${key}` has the declared type.
                sink.Location = "config." + c.Name;
                symbols.Config[c.Name] = ConfigTypes.Of(c.Type);
                return true;
            case MissingNode m:
                // analyser.go:1233-1237: reported, and the walk stops.
                sink.Location = m.Name;
                sink.Error($"resource, variable, or config value \"{m.Name}\" not found");
                return false;
            case VariableNode v:
                sink.Location = "variables." + v.Name;
                if (!expressions.Walk(v.Value))
                {
                    return false;
                }

                symbols.Variables[v.Name] = v.Value;
                return true;
            case ResourceNode r:
                // analyser.go:1439-1469: properties and options are typed before the resource itself.
                sink.Location = r.Name;
                foreach (var expr in (r.Properties ?? []).Select(p => p.Value).Concat(r.Options.Walked()))
                {
                    if (!expressions.Walk(expr))
                    {
                        return false;
                    }
                }

                resources.Type(r);
                return true;
            default:
                throw new ArgumentOutOfRangeException(nameof(node), node, "unknown program node");
        }
    }

    private static ResourceNode Node(Resource resource, WrittenForm written)
    {
        var inputs = resource.Inputs();
        var properties = inputs.IsEmpty
            ? null
            : inputs.Properties.Select(p => new AstEntry(new AstString(p.Key), written.Of(p.Value))).ToList();
        var o = resource.Options;
        AstExpr? RefExpr(Ref? r) => r is null ? null : written.String(r.ToString());
        var options = new ResourceOptionExprs(
            o.Aliases.IsEmpty ? null : new AstList([.. o.Aliases.Select(a => Alias(a, written))]),
            o.DependsOn.IsEmpty ? null : new AstList([.. o.DependsOn.Select(d => written.String(d.ToString()))]),
            RefExpr(o.Parent),
            RefExpr(o.Provider),
            o.Providers.IsEmpty ? null : new AstObject([.. o.Providers.Select(p => new AstEntry(new AstString(p.Key), written.String(p.Value.ToString())))]),
            RefExpr(o.DeletedWith));
        // The writer never writes `defaultProvider: true`: programs use the engine's default providers.
        return new ResourceNode(resource.Name, resource.Type, IsDefaultProvider: false, properties, options);
    }

    /// <summary>As <c>OptionsWriter.AliasNode</c> writes it: the URN string, or a map of the set parts.</summary>
    private static AstExpr Alias(ResourceAlias alias, WrittenForm written)
    {
        if (alias.Urn is { } urn)
        {
            return written.String(urn);
        }

        var entries = new (string Key, string? Value)[] { ("name", alias.Name), ("project", alias.Project), ("stack", alias.Stack), ("type", alias.Type) }
            .Where(p => p.Value is not null)
            .Select(p => new AstEntry(new AstString(p.Key), written.String(p.Value!)))
            .ToList();
        if (alias.NoParent)
        {
            entries.Add(new AstEntry(new AstString("noParent"), new AstBool(true)));
        }

        return new AstObject(entries);
    }

    private static T Located<T>(DiagnosticSink sink, string location, Func<T> build)
    {
        sink.Location = location;
        return build();
    }
}
