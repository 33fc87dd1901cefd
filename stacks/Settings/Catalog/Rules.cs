using System.Globalization;
using System.Text.RegularExpressions;

namespace Infra.Stacks.Settings.Catalog;

/// <summary>Builds the <see cref="Rule"/>s of the catalog.</summary>
public static class Rules
{
    /// <summary><c>true</c> or <c>false</c>, in the spellings YAML reads as booleans.</summary>
    public static Rule Boolean { get; } = new("true or false", t => t is "true" or "false" or "True" or "False" or "TRUE" or "FALSE")
    {
        Choices = ["true", "false", "True", "False", "TRUE", "FALSE"],
    };

    /// <summary>One of a closed set, listed in order in messages.</summary>
    public static Rule OneOf(IEnumerable<string> values, string? what = null)
    {
        var list = values.ToList();
        var text = Allowed.OneOf(list);
        return new Rule(what is null ? text : what + ", " + text, list.Contains) { Choices = [.. list] };
    }

    /// <summary>One of a closed set, listed in the order given (numbers).</summary>
    public static Rule OneOfInOrder(IEnumerable<string> values)
    {
        var list = values.ToList();
        return new Rule("one of " + string.Join(", ", list), list.Contains) { Choices = [.. list] };
    }

    /// <summary>Text matching <paramref name="pattern"/>, and <paramref name="also"/> when given.</summary>
    public static Rule Like(string pattern, string text, Func<string, bool>? also = null)
    {
        var regex = new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return new Rule(text, t => regex.IsMatch(t) && (also is null || also(t))) { Pattern = pattern };
    }

    /// <summary>Text the check accepts, with no schema facet (the check cannot be said as a pattern).</summary>
    public static Rule Check(Func<string, bool> valid, string text) => new(text, valid);

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public static Rule Between(long min, long max, string? text = null) =>
        new(text ?? string.Create(CultureInfo.InvariantCulture, $"a whole number from {min} to {max}"),
            t => long.TryParse(t, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) && v >= min && v <= max)
        {
            Minimum = min,
            Maximum = max,
        };
}
