using System.Text;

namespace Infra.Tests.Conformance.TypeCheck;

/// <summary>
/// pulumi-yaml's <c>NonExistentFieldFormatter</c> (<c>pkg/pulumiyaml/diags/diags.go:11-55</c>, <c>utils.go:10-56</c>,
/// v1.38.1): "<c>x does not exist on y</c>" with the nearest existing names.
/// </summary>
internal static class FieldList
{
    private const int MaxElements = 5;

    /// <summary>The summary (<c>&lt;fieldLabel&gt; does not exist on &lt;parent&gt;</c>) and the detail (the existing names).</summary>
    public static (string Summary, string Detail) NonExistent(
        string parentLabel, IEnumerable<string> fields, string field, string fieldLabel, bool fieldsAreProperties)
    {
        var kind = fieldsAreProperties ? "properties" : "fields";
        var existing = SortByEditDistance(fields, field);
        var summary = $"{fieldLabel} does not exist on {parentLabel}";
        if (existing.Count == 0)
        {
            return (summary, $"{parentLabel} has no {kind}");
        }

        var list = string.Join(", ", existing);
        if (existing.Count > MaxElements)
        {
            var extra = existing.Count - MaxElements;
            list = $"{string.Join(", ", existing.Take(MaxElements))} and {extra} {(extra == 1 ? "other" : "others")}";
        }

        return (summary, $"Existing {kind} are: {list}");
    }

    /// <summary>Sorted by name, then stable-sorted by Levenshtein distance to <paramref name="comparedTo"/>.</summary>
    public static IReadOnlyList<string> SortByEditDistance(IEnumerable<string> words, string comparedTo) =>
        [.. words.Order(StringComparer.Ordinal).OrderBy(w => EditDistance(w, comparedTo))];

    /// <summary>Levenshtein distance over the UTF-8 bytes, as Go indexes strings.</summary>
    public static int EditDistance(string a, string b)
    {
        var x = Encoding.UTF8.GetBytes(a);
        var y = Encoding.UTF8.GetBytes(b);
        var d = new int[x.Length + 1, y.Length + 1];
        for (var i = 0; i <= x.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= y.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= x.Length; i++)
        {
            for (var j = 1; j <= y.Length; j++)
            {
                var cost = x[i - 1] == y[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(d[i - 1, j] + 1, Math.Min(d[i, j - 1] + 1, d[i - 1, j - 1] + cost));
            }
        }

        return d[x.Length, y.Length];
    }
}
