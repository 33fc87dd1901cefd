using System.Collections.Immutable;

namespace Infra.Stacks.Settings;

/// <summary>The config of one stack under the project's namespace, keys without the <c>project:</c> prefix.</summary>
/// <param name="Namespace">The project name, the prefix of every key of ours.</param>
/// <param name="Root">Our keys.</param>
/// <param name="Source">Where it came from, for messages (<c>Pulumi.prod.yaml</c>, <c>PULUMI_CONFIG</c>).</param>
/// <param name="MarksSecrets">
/// True when encrypted values are marked (a stack file's <c>secure:</c>); false for <c>PULUMI_CONFIG</c>,
/// where secrets arrive decrypted and unmarked.
/// </param>
public sealed record RawConfig(string Namespace, ConfigMap Root, string Source, bool MarksSecrets = true)
{
    public bool IsEmpty => Root.Entries.IsEmpty;

    /// <summary>
    /// Provider config: the keys of other namespaces (<c>vercel:team</c>, <c>aws:region</c>,
    /// <c>cloudflare:apiToken</c>), by full key. The program never reads them (the engine gives them
    /// to each package's default provider); they are kept only to check that a pull-request stack
    /// carries its base stack's.
    /// </summary>
    public ImmutableSortedDictionary<string, ConfigNode> ProviderConfig { get; init; } =
        ImmutableSortedDictionary.Create<string, ConfigNode>(StringComparer.Ordinal);

    /// <summary>True when the stack file does not exist (a pull-request stack before its workflow created it).</summary>
    public bool Absent { get; init; }

    /// <summary>True for a <c>namespace:key</c> of another namespace than <paramref name="projectNamespace"/>.</summary>
    public static bool IsProviderKey(string key, string projectNamespace) =>
        key.IndexOf(':', StringComparison.Ordinal) > 0 && !key.StartsWith(projectNamespace + ":", StringComparison.Ordinal);
}
