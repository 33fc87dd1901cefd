namespace Infra.Stacks.Settings;

/// <summary>The config of one stack under the project's namespace, keys without the <c>project:</c> prefix.</summary>
/// <param name="Namespace">The project name, the prefix of every key of ours.</param>
/// <param name="Root">Our keys; keys of other namespaces (provider config) are not kept.</param>
/// <param name="Source">Where it came from, for messages (<c>Pulumi.prod.yaml</c>, <c>PULUMI_CONFIG</c>).</param>
/// <param name="MarksSecrets">
/// True when encrypted values are marked (a stack file's <c>secure:</c>); false for <c>PULUMI_CONFIG</c>,
/// where secrets arrive decrypted and unmarked.
/// </param>
public sealed record RawConfig(string Namespace, ConfigMap Root, string Source, bool MarksSecrets = true)
{
    public bool IsEmpty => Root.Entries.IsEmpty;
}
