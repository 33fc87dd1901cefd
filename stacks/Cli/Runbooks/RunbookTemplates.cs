using System.Text;
using System.Text.RegularExpressions;

namespace Infra.Stacks.Cli.Runbooks;

/// <summary>
/// The runbooks as templates (embedded from <c>stacks/Runbooks</c>): Markdown with
/// <c>{{prod.neonProject}}</c>-style names that <see cref="Render"/> fills in from a project's stacks.
/// </summary>
public static partial class RunbookTemplates
{
    private const string Prefix = "Runbooks.";

    /// <summary>Every runbook, by file name, in order.</summary>
    public static IReadOnlyList<(string Name, string Template)> All { get; } = Load();

    /// <summary>A template with every name filled in; a name without a value is a defect of Infra.</summary>
    public static string Render(string template, IReadOnlyDictionary<string, string> values) =>
        Placeholder().Replace(template, m => values.TryGetValue(m.Groups[1].Value, out var value)
            ? value
            : throw new InvalidOperationException($"runbook placeholder {{{{{m.Groups[1].Value}}}}} has no value"));

    private static List<(string, string)> Load()
    {
        var assembly = typeof(RunbookTemplates).Assembly;
        List<(string, string)> templates = [];
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            templates.Add((resource[Prefix.Length..], reader.ReadToEnd()));
        }

        return templates;
    }

    [GeneratedRegex(@"\{\{([A-Za-z0-9.]+)\}\}")]
    private static partial Regex Placeholder();
}
