using System.Text.RegularExpressions;

namespace Infra.Components;

/// <summary>
/// Where a component sits in the program. Logical names are the path joined with '-', so they
/// stay the same as long as the path does: renaming one replaces real infrastructure (add an
/// alias when a name must change).
/// </summary>
public sealed partial record ComponentPath(string Value)
{
    public ComponentPath Child(string segment) => new(Value + "-" + Slug(segment));

    /// <summary>The logical name of a resource of this component.</summary>
    public string Name(string local) => Value + "-" + Slug(local);

    public override string ToString() => Value;

    /// <summary>Lower case, '_' and non-alphanumerics as '-': <c>DATABASE_URL</c> becomes <c>database-url</c>.</summary>
    public static string Slug(string text) => NonAlphanumeric().Replace(text.ToLowerInvariant(), "-").Trim('-');

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonAlphanumeric();
}
