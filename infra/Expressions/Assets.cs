namespace Infra.Expressions;

/// <summary>
/// <c>fn::stringAsset</c>: a file whose content is this text (pulumi-yaml v1.38.1
/// <c>pkg/pulumiyaml/ast/expr.go</c> <c>StringAssetSyntax</c>); typed <c>asset</c>.
/// </summary>
public sealed record StringAssetExpr(string Text) : Expr;

/// <summary>
/// <c>fn::assetArchive</c>: an archive of named assets (<c>parseAssetArchive</c>, same file), typed
/// <c>archive</c>: what a Lambda function's <c>code</c> takes. The members are written in ordinal order.
/// </summary>
public sealed record AssetArchiveExpr(ObjectExpr Members) : Expr
{
    public static AssetArchiveExpr Of(params (string Name, StringAssetExpr Asset)[] members) =>
        new(ObjectExpr.From([.. members.Select(m => (m.Name, (Expr)m.Asset))]));

    protected override IEnumerable<Expr> Children() => [Members];
}
