using System.Text.RegularExpressions;

namespace Infra.Writer;

/// <summary>
/// Decides when a string must be quoted: whenever a YAML 1.1 or 1.2 reader could take the
/// plain scalar for something else (a boolean, null, a number, a date or time), or when it
/// starts or ends with a character that would change its meaning.
/// </summary>
internal static partial class ScalarStyles
{
    public static bool MustQuote(string value) =>
        value.Length == 0
        || char.IsWhiteSpace(value[0])
        || (char.IsWhiteSpace(value[^1]) && !value.Contains('\n', StringComparison.Ordinal))
        || IsIndicator(value[0])
        || value.Contains(": ", StringComparison.Ordinal)
        || value.Contains(" #", StringComparison.Ordinal)
        || value.EndsWith(':')
        || ReservedWord().IsMatch(value)
        || NumberLike().IsMatch(value)
        || DateLike().IsMatch(value);

    /// <summary>Characters that cannot start a plain scalar (YAML 1.2 c-indicator), so the value is always double-quoted.</summary>
    private static bool IsIndicator(char c) => c is '#' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`' or '{' or '}' or '[' or ']' or ',' or '?' or '-' or ':';

    [GeneratedRegex("^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL|~|<<|=)$")]
    private static partial Regex ReservedWord();

    // Anything that starts like a number: 1, -1, +1, .5, 1.5e3, 0x1F, 0o17, 1_000, 1:20 (sexagesimal), .inf, .NaN, 5.4.1.
    [GeneratedRegex(@"^(?:[-+]?\.?[0-9]|[-+]?\.(?:inf|Inf|INF)$|\.(?:nan|NaN|NAN)$)")]
    private static partial Regex NumberLike();

    [GeneratedRegex(@"^\d{4}-\d{1,2}-\d{1,2}")]
    private static partial Regex DateLike();
}
