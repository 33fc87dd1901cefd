namespace Infra.Tests.Conformance.TypeCheck;

/// <summary>
/// A config key's declared <c>type</c> (pulumi-yaml <c>pkg/pulumiyaml/config/config.go:144-169</c>, v1.38.1, used by
/// <c>typeConfig</c>, <c>analyser.go:1189-1231</c>): case-insensitive <c>string</c>, <c>bool</c>/<c>boolean</c>,
/// <c>number</c>, <c>int</c>/<c>integer</c>, <c>object</c> (Map&lt;Any&gt;), <c>List&lt;X&gt;</c>; anything else
/// (such as <c>array</c>) types as Invalid.
/// </summary>
internal static class ConfigTypes
{
    public static SchemaType? Parse(string text)
    {
        var s = text.ToLowerInvariant();
        if (s.StartsWith("list<", StringComparison.Ordinal) && s.EndsWith('>'))
        {
            return Parse(s["list<".Length..^1].Trim()) is { } inner ? new ArrayType(inner) : null;
        }

        return s switch
        {
            "string" => PrimitiveType.StringType,
            "bool" or "boolean" => PrimitiveType.BoolType,
            "number" => PrimitiveType.NumberType,
            "int" or "integer" => PrimitiveType.IntType,
            "object" => new MapType(PrimitiveType.AnyType),
            _ => null,
        };
    }

    /// <summary>The type of <c>${key}</c> for a declared key with no default (a default is never written by Infra).</summary>
    public static SchemaType Of(string declaredType) => Parse(declaredType) ?? new InvalidType();
}
