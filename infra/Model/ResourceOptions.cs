using System.Collections.Immutable;
using Infra.Expressions;

namespace Infra.Model;

/// <summary>
/// The Pulumi resource options a resource may carry, written under its <c>options:</c> key.
/// Unset options are not written.
/// </summary>
public sealed record ResourceOptions
{
    public static ResourceOptions None { get; } = new();

    /// <summary>Protected from deletion and retained in the cloud if it ever leaves the program (production data).</summary>
    public static ResourceOptions Protected { get; } = new() { Protect = true, RetainOnDelete = true };

    /// <summary>Refuse to delete the resource; a deletion or replacement fails the update until unprotected.</summary>
    public bool Protect { get; init; }

    /// <summary>When the resource leaves the program or the stack is destroyed, keep the cloud resource and only drop it from state.</summary>
    public bool RetainOnDelete { get; init; }

    /// <summary>Explicit dependencies beyond those implied by references in the properties.</summary>
    public ImmutableArray<Ref> DependsOn { get; init; } = [];

    /// <summary>Input properties whose changes are ignored on update (for values changed outside Pulumi).</summary>
    public ImmutableArray<string> IgnoreChanges { get; init; } = [];

    /// <summary>Delete the old resource before creating its replacement (for unique names).</summary>
    public bool DeleteBeforeReplace { get; init; }

    /// <summary>Input properties whose changes force a replacement even if the provider would update in place.</summary>
    public ImmutableArray<string> ReplaceOnChanges { get; init; } = [];

    /// <summary>Output properties to treat as secrets although the provider does not mark them.</summary>
    public ImmutableArray<string> AdditionalSecretOutputs { get; init; } = [];

    /// <summary>Former identities (names, URNs) of this resource, so a rename is not a replacement.</summary>
    public ImmutableArray<ResourceAlias> Aliases { get; init; } = [];

    /// <summary>Timeouts for create, update and delete.</summary>
    public CustomTimeouts? CustomTimeouts { get; init; }

    /// <summary>The parent resource (its URN becomes part of this resource's URN).</summary>
    public Ref? Parent { get; init; }

    /// <summary>An explicit provider resource instead of the package's default provider.</summary>
    public Ref? Provider { get; init; }

    /// <summary>Explicit providers per package for a component's children.</summary>
    public ImmutableSortedDictionary<string, Ref> Providers { get; init; } =
        ImmutableSortedDictionary.Create<string, Ref>(StringComparer.Ordinal);

    /// <summary>The provider plugin version; set on provider resources to pin the package.</summary>
    public string? Version { get; init; }

    /// <summary>Where the engine downloads the provider plugin from (third-party packages).</summary>
    public string? PluginDownloadUrl { get; init; }

    /// <summary>Skip the delete call when this other resource is deleted too (it takes this one with it).</summary>
    public Ref? DeletedWith { get; init; }

    /// <summary>Adopt an existing cloud resource with this id instead of creating one.</summary>
    public string? Import { get; init; }

    /// <summary>Every reference the options hold (for the dependency graph).</summary>
    public IEnumerable<Ref> References()
    {
        foreach (var r in DependsOn)
        {
            yield return r;
        }

        foreach (var r in new[] { Parent, Provider, DeletedWith })
        {
            if (r is not null)
            {
                yield return r;
            }
        }

        foreach (var r in Providers.Values)
        {
            yield return r;
        }
    }

    public bool Equals(ResourceOptions? other) =>
        other is not null
        && Protect == other.Protect
        && RetainOnDelete == other.RetainOnDelete
        && DependsOn.SequenceEqual(other.DependsOn)
        && IgnoreChanges.SequenceEqual(other.IgnoreChanges)
        && DeleteBeforeReplace == other.DeleteBeforeReplace
        && ReplaceOnChanges.SequenceEqual(other.ReplaceOnChanges)
        && AdditionalSecretOutputs.SequenceEqual(other.AdditionalSecretOutputs)
        && Aliases.SequenceEqual(other.Aliases)
        && Equals(CustomTimeouts, other.CustomTimeouts)
        && Equals(Parent, other.Parent)
        && Equals(Provider, other.Provider)
        && Providers.SequenceEqual(other.Providers)
        && Version == other.Version
        && PluginDownloadUrl == other.PluginDownloadUrl
        && Equals(DeletedWith, other.DeletedWith)
        && Import == other.Import;

    public override int GetHashCode() => HashCode.Combine(Protect, RetainOnDelete, Version, Import);
}
