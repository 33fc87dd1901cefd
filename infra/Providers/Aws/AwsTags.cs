using Infra.Expressions;

namespace Infra.Providers.Aws;

/// <summary>AWS tags as a string map.</summary>
public static class AwsTags
{
    public static ObjectExpr? ToExpr(IReadOnlyDictionary<string, Input<string>>? tags) =>
        tags is null ? null : ObjectExpr.Of(tags.Select(t => new KeyValuePair<string, Expr>(t.Key, t.Value.Expr)));
}
