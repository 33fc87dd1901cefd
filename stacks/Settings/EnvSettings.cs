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

/// <summary>A change to one catalog variable (<c>env.catalog.&lt;KEY&gt;</c>).</summary>
/// <param name="Off">Not sent at all.</param>
/// <param name="Name">The name the app reads instead of the catalog's.</param>
/// <param name="Targets">Its targets instead of the stack's default; empty to keep them.</param>
public sealed record CatalogOverride(bool Off, string? Name, ImmutableArray<VercelTarget> Targets)
{
    public bool Equals(CatalogOverride? other) =>
        other is not null && Off == other.Off && Name == other.Name && Targets.SequenceEqual(other.Targets);

    public override int GetHashCode() => HashCode.Combine(Off, Name);
}

/// <summary>A variable a stack adds (<c>env.plain</c>, <c>env.secrets</c>, <c>env.generated</c>, <c>env.outputs</c>).</summary>
/// <param name="Key">The name the app reads.</param>
/// <param name="Source">Where its value comes from, which decides whether it is sensitive.</param>
/// <param name="Value">The plain value, the secret config key, or the output name (unused for generated ones).</param>
/// <param name="Targets">Its targets; empty for the stack's default.</param>
/// <param name="Branch">The Git branch a preview-only variable is scoped to.</param>
public sealed record AddedVariable(string Key, EnvSource Source, string Value, ImmutableArray<VercelTarget> Targets, string? Branch)
{
    /// <summary>How a generated one is drawn.</summary>
    public GeneratedSecret? Generated { get; init; }

    /// <summary>Sensitive by source: a secret, a generated value, or a secret output.</summary>
    public bool Sensitive => Source switch
    {
        EnvSource.Plain => false,
        EnvSource.Output => EnvOutputs.All.GetValueOrDefault(Value),
        _ => true,
    };

    public bool Equals(AddedVariable? other) =>
        other is not null && Key == other.Key && Source == other.Source && Value == other.Value && Targets.SequenceEqual(other.Targets)
        && Branch == other.Branch && Generated == other.Generated;

    public override int GetHashCode() => HashCode.Combine(Key, Source, Value);
}
