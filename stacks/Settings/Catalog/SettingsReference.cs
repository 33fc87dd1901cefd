using System.Globalization;
using System.Text;

namespace Infra.Stacks.Settings.Catalog;

/// <summary>
/// The settings tables of docs/settings.md, generated from the catalog: between the lines
/// <c>&lt;!-- settings:&lt;scope&gt; --&gt;</c> and <c>&lt;!-- /settings:&lt;scope&gt; --&gt;</c>.
/// </summary>
public static class SettingsReference
{
    /// <summary>The marker name of a scope's table: <c>app</c>, <c>preview</c>, <c>bootstrap</c>.</summary>
    public static string Marker(SettingScope scope) => scope.ToString().ToLowerInvariant();

    /// <summary>The table of a scope's settings, in the catalog's order.</summary>
    public static string Render(SettingScope scope)
    {
        var table = new StringBuilder();
        table.Append(scope == SettingScope.App
            ? "| key | type | default (production / staging) | what, and what is allowed |\n"
            : "| key | type | default | what, and what is allowed |\n");
        table.Append("|---|---|---|---|\n");
        foreach (var setting in SettingsCatalog.All.Where(s => s.Scope.HasFlag(scope)))
        {
            table.Append(CultureInfo.InvariantCulture, $"| `{setting.Key}` | {Type(setting)} | {Cell(Default(setting))} | {Cell(What(setting))} |\n");
        }

        return table.ToString();
    }

    /// <summary>Replaces every generated table of a document with the catalog's; the rest is left as written.</summary>
    public static string Update(string document)
    {
        foreach (var scope in new[] { SettingScope.App, SettingScope.Preview, SettingScope.Bootstrap })
        {
            var begin = $"<!-- settings:{Marker(scope)} -->\n";
            var end = $"<!-- /settings:{Marker(scope)} -->";
            var from = document.IndexOf(begin, StringComparison.Ordinal);
            var to = document.IndexOf(end, StringComparison.Ordinal);
            if (from >= 0 && to > from)
            {
                document = document[..(from + begin.Length)] + Render(scope) + document[to..];
            }
        }

        return document;
    }

    private static string Type(Setting setting)
    {
        var type = setting.Kind switch
        {
            SettingKind.Boolean => "boolean",
            SettingKind.WholeNumber => "whole number",
            SettingKind.Number => "number",
            SettingKind.List => "list of text",
            SettingKind.Objects => "list",
            SettingKind.Map => "map of variable names",
            _ => "text",
        };
        return setting.Required ? type + ", **required**" : type;
    }

    private static string Default(Setting setting)
    {
        if (setting.DefaultDoc is { } doc)
        {
            return doc;
        }

        if (setting.Required)
        {
            return "";
        }

        var production = Show(setting, setting.DefaultFor(production: true));
        var staging = Show(setting, setting.DefaultFor(production: false));
        return production == staging ? production : production + " / " + staging;
    }

    private static string Show(Setting setting, string? value) => value switch
    {
        null => "none",
        _ when setting.Kind == SettingKind.List => "`[" + string.Join(", ", value.Split(',', StringSplitOptions.RemoveEmptyEntries)) + "]`",
        _ => "`" + value.Replace("{stack}", "<stack>", StringComparison.Ordinal).Replace("{app}", "<app>", StringComparison.Ordinal).Replace("{resource}", "<app>[-<stack>]", StringComparison.Ordinal).Replace("{domain}", "<domain>", StringComparison.Ordinal) + "`",
    };

    private static string What(Setting setting)
    {
        var rule = setting.Rule;
        if (setting.Kind != SettingKind.Boolean && !rule.Choices.IsDefaultOrEmpty)
        {
            return $"{setting.Doc}. Allowed: {string.Join(", ", rule.Choices.Select(c => $"`{c}`"))}" + MinItems(rule);
        }

        if (rule.Minimum is { } min && rule.Maximum is { } max && max < long.MaxValue)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{setting.Doc} ({min} to {max})");
        }

        return setting.Doc + MinItems(rule);
    }

    private static string MinItems(Rule rule) => rule.MinItems > 1 ? string.Create(CultureInfo.InvariantCulture, $", at least {rule.MinItems}") : "";

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
