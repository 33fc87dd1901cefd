using System.Globalization;
using System.Text;

namespace Infra.Diff;

/// <summary>
/// Renders a <see cref="ProgramDiff"/> as Markdown for a pull-request comment or job summary:
/// a count line, warnings for protected resources, then a fenced diff per entry.
/// </summary>
public static class DiffRenderer
{
    public static string Markdown(ProgramDiff diff, string title)
    {
        var text = new StringBuilder();
        text.Append("### ").Append(title).Append('\n').Append('\n');
        text.Append(CultureInfo.InvariantCulture, $"{diff.Added.Length} to add, {diff.Changed.Length} to change, {diff.Removed.Length} to remove, {diff.Unchanged} unchanged.\n");
        if (diff.IsEmpty)
        {
            return text.Append('\n').Append("No change to the desired state.\n").ToString();
        }

        foreach (var entry in diff.Removed.Where(e => e.Protected))
        {
            text.Append(CultureInfo.InvariantCulture, $"\n> **Warning**: removes protected `{entry.Name}`; Pulumi will refuse until its protection is lifted. If it was renamed, add an alias instead.\n");
        }

        foreach (var change in diff.Changed.Where(c => c.TypeChanged && c.Before.Protected))
        {
            text.Append(CultureInfo.InvariantCulture, $"\n> **Warning**: changes the type of protected `{change.Before.Name}`, which replaces it.\n");
        }

        foreach (var risk in ChangeRisks.Find(diff))
        {
            var label = risk.IsReplacement ? "Replacement" : "Not applied";
            text.Append(CultureInfo.InvariantCulture, $"\n> **{label}**: `{risk.Resource}` {risk.Message}.\n");
        }

        text.Append('\n').Append("```diff\n");
        foreach (var entry in diff.Added)
        {
            text.Append(CultureInfo.InvariantCulture, $"+ {Label(entry)}\n");
            foreach (var (path, value) in entry.Lines)
            {
                text.Append(CultureInfo.InvariantCulture, $"+     {Line(path, value)}\n");
            }
        }

        foreach (var change in diff.Changed)
        {
            text.Append(CultureInfo.InvariantCulture, $"~ {Label(change.After)}{(change.TypeChanged ? $" (was {change.Before.Type}: replaced)" : "")}\n");
            foreach (var line in change.Lines)
            {
                if (line.Before is not null)
                {
                    text.Append(CultureInfo.InvariantCulture, $"-     {Line(line.Path, line.Before)}\n");
                }

                if (line.After is not null)
                {
                    text.Append(CultureInfo.InvariantCulture, $"+     {Line(line.Path, line.After)}\n");
                }
            }
        }

        foreach (var entry in diff.Removed)
        {
            text.Append(CultureInfo.InvariantCulture, $"- {Label(entry)}{(entry.Protected ? " (protected)" : "")}\n");
        }

        return text.Append("```\n").ToString();
    }

    private static string Line(string path, string value) => path.Length == 0 ? value : path + ": " + value;

    private static string Label(ProgramEntry entry) =>
        entry.Section == "resources" ? $"{entry.Name} ({entry.Type})" : $"{entry.Section}.{entry.Name}";
}
