using System.Text;

namespace Infra.Tests.Conformance.TypeCheck;

/// <summary>
/// How pulumi-yaml reads a YAML string (<c>ast/interpolation.go</c> <c>parseInterpolate</c> and
/// <c>ast/expr.go:286-310</c>, v1.38.1): <c>$$</c> is one <c>$</c>; no <c>${}</c> gives a plain string; exactly
/// <c>"${path}"</c> a symbol; anything else an interpolation.
/// </summary>
internal static class StringParser
{
    public static (AstExpr? Expr, string? Error) Parse(string written)
    {
        var parts = new List<InterpolationPart>();
        var text = new StringBuilder();
        var value = written;
        while (value.Length > 0)
        {
            if (value.StartsWith("$$", StringComparison.Ordinal))
            {
                text.Append('$');
                value = value[2..];
            }
            else if (value.StartsWith("${", StringComparison.Ordinal))
            {
                var (rest, path, error) = PropertyPath.Parse(value[2..]);
                if (error is not null)
                {
                    return (null, error);
                }

                parts.Add(new InterpolationPart(text.ToString(), path));
                text.Clear();
                value = rest;
            }
            else
            {
                text.Append(value[0]);
                value = value[1..];
            }
        }

        if (text.Length > 0)
        {
            parts.Add(new InterpolationPart(text.ToString(), null));
        }

        return parts switch
        {
            [] => (new AstString(written), null),
            [{ Value: null } only] => (new AstString(only.Text), null),
            [{ Text: "", Value: { } path }] => (new AstSymbol(path), null),
            _ => (new AstInterpolate(parts), null),
        };
    }
}
