using System.Collections.Immutable;
using Infra.Components;

namespace Infra.Stacks.Settings;

/// <summary>
/// The app's environment variables as data (<c>env.*</c>): what changes in Infra's catalog
/// (renamed, switched off, retargeted) and the variables a stack adds, each with its source.
/// </summary>
public sealed record EnvSettings(ImmutableSortedDictionary<string, CatalogOverride> Catalog, ImmutableArray<AddedVariable> Added)
{
    public static EnvSettings None { get; } = new(ImmutableSortedDictionary.Create<string, CatalogOverride>(StringComparer.Ordinal), []);

    /// <summary>A catalog variable as this stack sends it: renamed or retargeted, or null when switched off.</summary>
    public EnvVariable? Apply(EnvVariable variable, bool retarget = true)
    {
        if (!Catalog.TryGetValue(variable.Spec.Key, out var change))
        {
            return variable;
        }

        if (change.Off)
        {
            return null;
        }

        var renamed = change.Name is { } name ? variable with { Spec = variable.Spec with { Key = name } } : variable;
        return retarget && !change.Targets.IsDefaultOrEmpty ? renamed with { Targets = change.Targets } : renamed;
    }

    /// <summary>The name a catalog variable reaches the app under; null when switched off.</summary>
    public string? NameOf(EnvVariableSpec spec) =>
        Catalog.TryGetValue(spec.Key, out var change) ? change.Off ? null : change.Name ?? spec.Key : spec.Key;

    public bool Equals(EnvSettings? other) =>
        other is not null && Catalog.SequenceEqual(other.Catalog) && Added.SequenceEqual(other.Added);

    public override int GetHashCode() => HashCode.Combine(Catalog.Count, Added.Length);
}
