using System.Collections.Immutable;
using System.Globalization;
using Infra.Providers.Neon;

namespace Infra.Diff;

/// <summary>
/// Finds, in a <see cref="ProgramDiff"/>, the changes that replace a resource (per the providers'
/// <see cref="ReplacementTrigger"/>s) and the changes Pulumi ignores (<c>options.ignoreChanges</c>).
/// </summary>
public static class ChangeRisks
{
    /// <summary>Every provider's replacement triggers.</summary>
    public static ImmutableArray<ReplacementTrigger> Triggers { get; } = [.. NeonReplacements.All];

    public static ImmutableArray<IgnoredChangeHint> Hints { get; } = [.. NeonReplacements.Hints];

    public static ImmutableArray<ChangeRisk> Find(ProgramDiff diff)
    {
        var risks = ImmutableArray.CreateBuilder<ChangeRisk>();
        foreach (var change in diff.Changed.Where(c => c.After.Section == "resources" && !c.TypeChanged))
        {
            // A new import id adopts another resource in place of this one: its inputs describe that one.
            var adopts = change.Lines.Any(l => l.Path == "options.import" && l.After is not null);
            foreach (var trigger in Triggers.Where(t => t.Type == change.After.Type && !adopts))
            {
                var lines = Under(change, trigger.Property).Where(l => !(trigger.RemovalIsSafe && l.After is null)).ToImmutableArray();
                if (!lines.IsEmpty)
                {
                    risks.Add(new ChangeRisk(ChangeRisk.ReplacementCode, change.After.Name, trigger.Property, lines, Replacement(change, trigger, lines)));
                }
            }

            foreach (var ignored in Ignored(change.After))
            {
                var lines = Under(change, ignored);
                if (!lines.IsEmpty)
                {
                    var hint = Hints.FirstOrDefault(h => h.Type == change.After.Type && h.Property == ignored)?.Hint;
                    risks.Add(new ChangeRisk(ChangeRisk.IgnoredCode, change.After.Name, ignored, lines,
                        $"changes {ignored} ({Values(ignored, lines)}), which its ignoreChanges option names: Pulumi will not apply it" + (hint is null ? "" : "; " + hint)));
                }
            }
        }

        return risks.ToImmutable();
    }

    private static string Replacement(EntryChange change, ReplacementTrigger trigger, ImmutableArray<LineChange> lines)
    {
        var what = $"changes {trigger.Property} ({Values(trigger.Property, lines)}), which the provider cannot change in place ({trigger.Source})";
        var caveat = trigger.Caveat is null ? "" : " " + trigger.Caveat;
        var outcome = change.After.Protected
            ? $": Pulumi would replace it{caveat}, losing {trigger.Loss}, and refuses while it is protected"
            : $": Pulumi deletes it{caveat}, with {trigger.Loss}, and creates a new one";
        return what + outcome + "; instead: " + trigger.Instead;
    }

    private static ImmutableArray<LineChange> Under(EntryChange change, string property)
    {
        var path = "properties." + property;
        return [.. change.Lines.Where(l => l.Path == path || l.Path.StartsWith(path + ".", StringComparison.Ordinal) || l.Path.StartsWith(path + "[", StringComparison.Ordinal))];
    }

    private static IEnumerable<string> Ignored(ProgramEntry entry) =>
        entry.Lines.Where(l => l.Key.StartsWith("options.ignoreChanges[", StringComparison.Ordinal)).Select(l => l.Value.Trim('"'));

    /// <summary>The changed values, each path relative to the property: <c>17 -> 18</c>, <c>name: main -> trunk</c>.</summary>
    private static string Values(string property, ImmutableArray<LineChange> lines) =>
        string.Join(", ", lines.Select(l =>
        {
            var path = l.Path["properties.".Length..][property.Length..].TrimStart('.');
            var change = string.Create(CultureInfo.InvariantCulture, $"{l.Before ?? "unset"} -> {l.After ?? "unset"}");
            return path.Length == 0 ? change : path + ": " + change;
        }));
}
