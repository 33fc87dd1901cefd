using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Infra.Stacks.Composition;

/// <summary>
/// The import id shapes Infra checks offline, per resource type: only where the provider's source
/// fixes a shape (docs/adopting-existing-resources.md cites each). Other types take any id: the
/// provider's read at <c>pulumi preview</c> is then the check.
/// </summary>
public static class ImportIds
{
    public static ImmutableSortedDictionary<string, ImportIdShape> Shapes { get; } = new Dictionary<string, ImportIdShape>
    {
        // Placeholder entries, replaced by the provider-sourced table.
    }.ToImmutableSortedDictionary(StringComparer.Ordinal);

    private static Regex Pattern(string pattern) => new(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}
