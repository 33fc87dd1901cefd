using System.Globalization;

namespace Infra.Tests.Conformance.TypeCheck;

/// <summary>
/// <c>hasValidEnumValue</c> (pulumi-yaml <c>pkg/pulumiyaml/analyser.go:484-553</c>, v1.38.1): only a literal string
/// or number is checked against the enum's values; any other expression passes.
/// </summary>
internal static class EnumMembership
{
    public static NotAssignable? Check(AstExpr fromExpr, IReadOnlyList<EnumValue> values)
    {
        // The closure formats the whole slice with %T, hence "[]*schema.Enum" (analyser.go:491-497).
        NotAssignable ConvertError(string expected) =>
            new() { Internal = true, Reason = $"schema enum value was type []*schema.Enum but a {expected} was expected" };

        foreach (var value in values)
        {
            switch (fromExpr)
            {
                case AstString s:
                    if (value.Value is not string text)
                    {
                        return ConvertError("string");
                    }

                    if (s.Value == text)
                    {
                        return null;
                    }

                    break;
                case AstNumber n:
                    if (value.Value is not double number)
                    {
                        // An integer enum binds its values as int32, so a YAML number never matches (a warning).
                        return ConvertError("float64");
                    }

                    if (n.Value.Equals(number))
                    {
                        return null;
                    }

                    break;
                default:
                    return null;
            }
        }

        var listed = values.Select(v =>
        {
            var shown = v.Value switch
            {
                string text => "\"" + text + "\"",
                double number => FormatFloat(number),
                _ => throw new InvalidOperationException("unreachable: non-conforming values return above"),
            };
            return string.IsNullOrEmpty(v.Name) || v.Name == shown ? shown : $"{v.Name} ({shown})";
        });
        return new NotAssignable { Reason = "Allowed values are " + string.Join(", ", listed) };
    }

    /// <summary><c>strconv.FormatFloat(v, 'f', -1, 64)</c>: the shortest form, never an exponent.</summary>
    private static string FormatFloat(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('E', StringComparison.Ordinal)
            ? ((decimal)value).ToString(CultureInfo.InvariantCulture)
            : text;
    }
}
