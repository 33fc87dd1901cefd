using System.Collections.Immutable;

namespace Infra.Diff;

/// <summary>What differs between two programs: entries added, removed and changed (line by line).</summary>
public sealed record ProgramDiff(
    ImmutableArray<ProgramEntry> Added,
    ImmutableArray<ProgramEntry> Removed,
    ImmutableArray<EntryChange> Changed,
    int Unchanged)
{
    public bool IsEmpty => Added.IsEmpty && Removed.IsEmpty && Changed.IsEmpty;

    public static ProgramDiff Compare(ProgramTree before, ProgramTree after)
    {
        var added = after.Entries.Where(e => !before.Entries.ContainsKey(e.Key)).Select(e => e.Value).ToImmutableArray();
        var removed = before.Entries.Where(e => !after.Entries.ContainsKey(e.Key)).Select(e => e.Value).ToImmutableArray();
        var changed = ImmutableArray.CreateBuilder<EntryChange>();
        var unchanged = 0;
        foreach (var (key, old) in before.Entries)
        {
            if (!after.Entries.TryGetValue(key, out var now))
            {
                continue;
            }

            if (old.Equals(now))
            {
                unchanged++;
                continue;
            }

            var paths = old.Lines.Keys.Union(now.Lines.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal);
            var lines = paths
                .Select(p => new LineChange(p, old.Lines.GetValueOrDefault(p), now.Lines.GetValueOrDefault(p)))
                .Where(l => l.Before != l.After)
                .ToImmutableArray();
            changed.Add(new EntryChange(old, now, lines));
        }

        return new ProgramDiff(added, removed, changed.ToImmutable(), unchanged);
    }
}

/// <summary>An entry present on both sides with different lines; a changed type is a replacement.</summary>
public sealed record EntryChange(ProgramEntry Before, ProgramEntry After, ImmutableArray<LineChange> Lines)
{
    public bool TypeChanged => Before.Type != After.Type;
}

/// <summary>One flattened line: null on the side where it does not exist.</summary>
public sealed record LineChange(string Path, string? Before, string? After);
