using System.Collections.Immutable;

namespace Infra.Stacks.Settings;

/// <summary>
/// A raw config value before it is typed: text, a map or a list. Numbers and booleans are text
/// here, as they are in <c>PULUMI_CONFIG</c>; typing happens in <see cref="SettingsReader"/>.
/// </summary>
public abstract record ConfigNode;

/// <summary>A scalar. <paramref name="Secure"/> marks an encrypted (<c>secure:</c>) value, whose text is never shown.</summary>
public sealed record ConfigScalar(string Text, bool Secure = false) : ConfigNode;

public sealed record ConfigMap(ImmutableSortedDictionary<string, ConfigNode> Entries) : ConfigNode
{
    public static ConfigMap Empty { get; } = new(ImmutableSortedDictionary.Create<string, ConfigNode>(StringComparer.Ordinal));
}

public sealed record ConfigList(ImmutableArray<ConfigNode> Items) : ConfigNode;
