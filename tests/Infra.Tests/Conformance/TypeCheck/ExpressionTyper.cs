using static Infra.Tests.Conformance.TypeCheck.PrimitiveType;

namespace Infra.Tests.Conformance.TypeCheck;

/// <summary>
/// The analyser's walker and <c>typeExpr</c> (pulumi-yaml <c>pkg/pulumiyaml/analyser.go:1071-1181, 1329-1362</c>,
/// v1.38.1): children first, then the node. Symbols and interpolations are not descended into. Returns false when
/// the walk must stop (an <c>fn::invoke</c> whose function cannot be resolved).
/// </summary>
internal sealed class ExpressionTyper(TypeCache types, SymbolTable symbols, TypeAssertion assertion, InvokeTyper invokes, DiagnosticSink sink)
{
    public bool Walk(AstExpr expr)
    {
        foreach (var child in expr.Children())
        {
            if (!Walk(child))
            {
                return false;
            }
        }

        return Type(expr);
    }

    private bool Type(AstExpr expr)
    {
        switch (expr)
        {
            case AstInvoke invoke:
                return invokes.Type(invoke);
            case AstSymbol symbol:
                TypeSymbol(symbol);
                break;
            case AstString:
            case AstInterpolate:
            case AstToJson:
                // analyser.go:1087-1091: an interpolation is a string; the ${...} inside are not typed.
                types.Set(expr, StringType);
                break;
            case AstNumber:
                // analyser.go:1080: every YAML number, 3 included, is a number.
                types.Set(expr, NumberType);
                break;
            case AstBool:
                types.Set(expr, BoolType);
                break;
            case AstAssetArchive:
                // analyser.go:1083-1084
                types.Set(expr, ArchiveType);
                break;
            case AstStringAsset:
                // analyser.go:1085-1086
                types.Set(expr, AssetType);
                break;
            case AstJoin join:
                // analyser.go:1092-1094: the delimiter must be a string; the values are not checked.
                assertion.Assert(join.Delimiter, StringType);
                types.Set(expr, StringType);
                break;
            case AstSelect select:
                // analyser.go:1153-1173: an integer index into a list of anything; the list's element type.
                assertion.Assert(select.Index, IntType);
                assertion.Assert(select.Values, new ArrayType(AnyType));
                types.Set(expr, types.TryGet(select.Values, out var values) && SchemaType.Unwrap(values) is ArrayType array ? array.Element : new InvalidType());
                break;
            case AstList list:
                types.Set(expr, new ArrayType(ElementType(list)));
                break;
            case AstObject obj:
                types.Set(expr, ObjectLiteral(obj));
                break;
            case AstSecret secret:
                // analyser.go:1143-1145: the argument's type (none if the argument has none).
                if (types.TryGet(secret.Value, out var inner))
                {
                    types.Set(expr, inner);
                }

                break;
            default:
                // AstNull (analyser.go:1141) and builtins this model does not cover (analyser.go:1174-1178).
                types.Set(expr, new InvalidType());
                break;
        }

        return true;
    }

    /// <summary>analyser.go:1095-1115: the distinct element types (by identity) in first-seen order.</summary>
    private SchemaType ElementType(AstList list)
    {
        var distinct = new List<SchemaType>();
        foreach (var element in list.Elements)
        {
            var type = types.Get(element) ?? new InvalidType();
            if (!distinct.Contains(type))
            {
                distinct.Add(type);
            }
        }

        return distinct.Count switch
        {
            0 => new InvalidType(),
            1 => distinct[0],
            _ => new UnionType(distinct),
        };
    }

    /// <summary>analyser.go:1116-1140: an adhoc object in source order, every property required; a non-string key makes it Invalid.</summary>
    private SchemaType ObjectLiteral(AstObject obj)
    {
        var properties = new List<TypeProperty>();
        foreach (var entry in obj.Entries)
        {
            if (entry.Key is not AstString key)
            {
                return new InvalidType();
            }

            properties.Add(new TypeProperty(key.Value, types.Get(entry.Value) ?? new InvalidType()));
        }

        return new ObjectType(ObjectType.AdhocPrefix + string.Join("•", properties.Select(p => p.Name)), properties);
    }

    /// <summary>analyser.go:920-943</summary>
    private void TypeSymbol(AstSymbol symbol)
    {
        var root = symbol.Path.RootName;
        var type = PropertyAccess.Type(symbols.RootType(root), root, [.. symbol.Path.Accessors.Skip(1)], (summary, detail) =>
        {
            sink.Error(summary, detail);
            return new InvalidType();
        });
        types.Set(symbol, type);
    }
}
