using System.Diagnostics.CodeAnalysis;

namespace Infra.Tests.Conformance.TypeCheck;

/// <summary>
/// The analyser's <c>tc.exprs</c>: the recorded type of each expression, by identity. An expression with no entry
/// has "no recorded type" (an invoke whose <c>return</c> is unknown), which the analyser reports as an internal
/// error (a warning).
/// </summary>
internal sealed class TypeCache
{
    private readonly Dictionary<AstExpr, SchemaType> _types = new(ReferenceEqualityComparer.Instance);

    public bool TryGet(AstExpr expr, [NotNullWhen(true)] out SchemaType? type) => _types.TryGetValue(expr, out type);

    public SchemaType? Get(AstExpr expr) => _types.GetValueOrDefault(expr);

    public void Set(AstExpr expr, SchemaType type) => _types[expr] = type;

    public void Remove(AstExpr expr) => _types.Remove(expr);
}
