using System.Collections.Immutable;

namespace Infra.Diff;

/// <summary>One config key, variable, resource or output of a program, flattened to <c>path = text</c> lines.</summary>
public sealed record ProgramEntry(string Section, string Name, string Type, ImmutableSortedDictionary<string, string> Lines, bool Protected)
{
    public bool Equals(ProgramEntry? other) =>
        other is not null && Section == other.Section && Name == other.Name && Type == other.Type && Protected == other.Protected
        && Lines.Count == other.Lines.Count && Lines.All(l => other.Lines.TryGetValue(l.Key, out var v) && v == l.Value);

    public override int GetHashCode() => HashCode.Combine(Section, Name, Type);
}
