using Infra.Expressions;

namespace Infra.Tests.Conformance.TypeCheck;

/// <summary>
/// An Infra <see cref="Expr"/> as pulumi-yaml will parse what <c>PulumiYamlWriter</c> writes for it: an
/// <see cref="IntLit"/> is a YAML number (typed <c>number</c>), a <see cref="Ref"/> is the string <c>"${root.path}"</c>
/// (a symbol), an <see cref="Interpolation"/> is one string (a symbol when it is exactly one reference), a
/// <see cref="StringLit"/> is written with <c>${</c> escaped to <c>$${</c>.
/// </summary>
internal sealed class WrittenForm(Action<string, TypeSeverity> report)
{
    public AstExpr Of(Expr expr) => expr switch
    {
        StringLit s => String(Escape(s.Value)),
        IntLit i => new AstNumber(i.Value),
        NumberLit n => new AstNumber(n.Value),
        BoolLit b => new AstBool(b.Value),
        NullLit => new AstNull(),
        ListExpr l => new AstList([.. l.Items.Select(Of)]),
        ObjectExpr o => Object(o),
        Ref r => String(r.ToString()),
        Interpolation i => String(string.Concat(i.Parts.Select(p => p is Ref r ? r.ToString() : Escape(((StringLit)p).Value)))),
        SecretExpr s => new AstSecret(Of(s.Value)),
        UnsecretExpr u => new AstSecret(Of(u.Value)), // fn::unsecret types as its argument too (analyser.go:1143-1145)
        JoinExpr j => new AstJoin(String(j.Delimiter), Of(j.Items)),
        ToJsonExpr t => new AstToJson(Of(t.Value)),
        SelectExpr s => new AstSelect(Of(s.Index), Of(s.Values)),
        InvokeExpr i => Invoke(i),
        StringAssetExpr a => new AstStringAsset(String(Escape(a.Text))),
        AssetArchiveExpr a => new AstAssetArchive(new AstObject([.. a.Members.Properties.Select(p => new AstEntry(String(p.Key), Of(p.Value)))])),
        _ => throw new ArgumentOutOfRangeException(nameof(expr), expr.GetType().Name, "no YAML form for this expression"),
    };

    /// <summary>A string the writer emits as it is (keys, tokens, option references).</summary>
    public AstExpr String(string written)
    {
        var (parsed, error) = StringParser.Parse(written);
        if (parsed is not null)
        {
            return parsed;
        }

        report($"pulumi-yaml cannot parse \"{written}\": {error}", TypeSeverity.Error);
        return new AstNull();
    }

    private AstExpr Object(ObjectExpr o)
    {
        var entries = o.Properties.Select(p => new AstEntry(String(p.Key), Of(p.Value))).ToList();

        // A single-key map whose key starts with fn:: is a builtin to pulumi-yaml (ast/expr.go:867-981).
        if (entries is [{ Key: AstString { Value: var key } } only] && key.StartsWith("fn::", StringComparison.OrdinalIgnoreCase))
        {
            report($"the key '{key}' makes pulumi-yaml read this map as a builtin, which this type checker does not model; typed Invalid", TypeSeverity.Warning);
            return new AstUnmodelled(key, only.Value);
        }

        return new AstObject(entries);
    }

    private AstInvoke Invoke(InvokeExpr invoke)
    {
        // The writer's order: function, arguments, options, return (PulumiYamlWriter.InvokeNode).
        var entries = new List<AstEntry> { new(new AstString("function"), new AstString(invoke.Function)) };
        AstObject? arguments = null;
        if (!invoke.Arguments.IsEmpty)
        {
            var written = Object(invoke.Arguments);
            arguments = written as AstObject;
            if (arguments is null)
            {
                report("function arguments ('arguments') must be an object", TypeSeverity.Error);
            }

            entries.Add(new AstEntry(new AstString("arguments"), written));
        }

        AstExpr? provider = null;
        if (invoke.Provider is not null)
        {
            provider = String(invoke.Provider.ToString());
            entries.Add(new AstEntry(new AstString("options"), new AstObject([new AstEntry(new AstString("provider"), provider)])));
        }

        if (invoke.Return is not null)
        {
            entries.Add(new AstEntry(new AstString("return"), new AstString(invoke.Return)));
        }

        return new AstInvoke(invoke.Function, arguments, provider, invoke.Return, new AstObject(entries));
    }

    /// <summary>Literal text as the writer escapes it.</summary>
    private static string Escape(string text) => Infra.Writer.PulumiYamlWriter.Escape(text);
}
