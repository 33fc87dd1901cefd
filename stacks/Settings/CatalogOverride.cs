using System.Collections.Immutable;
using Infra.Components;

namespace Infra.Stacks.Settings;

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
