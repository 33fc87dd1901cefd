using System.Text.RegularExpressions;
using Infra.Stacks.Settings;
using Infra.Stacks.Settings.Catalog;
using Infra.Tests.Support;
using Xunit;

namespace Infra.Tests.Docs;

/// <summary>
/// docs/settings.md's settings tables are generated from the catalog (rewrite them with
/// INFRA_UPDATE_BASELINES=1 and review the diff), and every key its other tables name is a setting.
/// </summary>
public sealed partial class SettingsReferenceTests
{
    private static readonly string ReferencePath = Path.Combine(RepoPaths.Root, "docs", "settings.md");

    [Fact]
    public void The_settings_tables_are_the_catalog_rendered()
    {
        var document = File.ReadAllText(ReferencePath);
        foreach (var scope in new[] { SettingScope.App, SettingScope.Preview, SettingScope.Bootstrap })
        {
            Assert.Contains($"<!-- settings:{SettingsReference.Marker(scope)} -->\n", document, StringComparison.Ordinal);
        }

        var generated = SettingsReference.Update(document);
        if (Environment.GetEnvironmentVariable(Baseline.UpdateVariable) == "1")
        {
            File.WriteAllText(ReferencePath, generated);
            return;
        }

        Assert.True(document == generated,
            $"docs/settings.md's settings tables differ from the catalog (stacks/Settings/Catalog); run the tests with {Baseline.UpdateVariable}=1 and review the diff");
    }

    [Fact]
    public void Every_setting_is_in_the_reference()
    {
        var reference = File.ReadAllText(ReferencePath);
        var missing = SettingsCatalog.All.Where(s => !reference.Contains($"| `{s.Key}` |", StringComparison.Ordinal)).Select(s => s.Key).ToList();

        Assert.True(missing.Count == 0, "docs/settings.md does not document: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_documented_key_is_a_setting_or_a_secret_key()
    {
        var known = SettingsCatalog.All.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        known.UnionWith([AlertSettings.WebhookConfigKey, SentrySettings.SourceMapsTokenKey]);
        var reference = File.ReadAllText(ReferencePath);
        var tables = reference[..reference.IndexOf("## What the settings produce", StringComparison.Ordinal)];
        var documented = TableKey().Matches(tables).Select(m => m.Groups[1].Value).Distinct().ToList();

        Assert.NotEmpty(documented);
        Assert.All(documented, k => Assert.True(known.Contains(k), $"docs/settings.md documents `{k}`, which no setting reads"));
    }

    [GeneratedRegex(@"^\| `([a-zA-Z][\w.]*)` \|", RegexOptions.Multiline)]
    private static partial Regex TableKey();
}
