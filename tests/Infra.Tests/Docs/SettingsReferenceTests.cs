using System.Text.RegularExpressions;
using Infra.Stacks.Settings;
using Infra.Tests.Support;
using Xunit;

namespace Infra.Tests.Docs;

/// <summary>docs/settings.md documents every setting the parsers read (the app stacks' and bootstrap's), and nothing they do not.</summary>
public sealed partial class SettingsReferenceTests
{
    private static readonly string Reference = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "settings.md"));

    private static IReadOnlyCollection<string> KnownKeys()
    {
        var settings = TestStacks.Settings("staging");
        var config = TestStacks.FixtureConfig("staging");
        config = ConfigOverlay.Apply(config, [("alerts.webhook", "true"), ("alertWebhookUrl", "x")]);
        StackSettingsParser.Parse("staging", config, out var keys);
        Assert.NotNull(settings);
        var (bootstrap, errors) = BootstrapSettingsParser.Parse(TestStacks.FixtureConfig(BootstrapSettingsParser.Stack), out var bootstrapKeys);
        Assert.True(bootstrap is not null, string.Join("\n", errors));
        return [.. keys.Union(bootstrapKeys, StringComparer.Ordinal)];
    }

    [Fact]
    public void Every_setting_is_in_the_reference()
    {
        var missing = KnownKeys()
            .Where(k => !k.All(c => char.IsUpper(c) || c == '_'))
            .Where(k => !Reference.Contains($"`{k}`", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(missing.Count == 0, "docs/settings.md does not document: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_documented_key_is_a_setting()
    {
        var known = KnownKeys().ToHashSet(StringComparer.Ordinal);
        known.UnionWith(["pr.branch", "pr.url"]);
        var table = Reference[..Reference.IndexOf("## What the settings produce", StringComparison.Ordinal)];
        var documented = TableKey().Matches(table).Select(m => m.Groups[1].Value).Distinct().ToList();

        Assert.NotEmpty(documented);
        Assert.All(documented, k => Assert.True(known.Contains(k), $"docs/settings.md documents `{k}`, which no setting reads"));
    }

    [GeneratedRegex(@"^\| `([a-zA-Z][\w.]*)` \|", RegexOptions.Multiline)]
    private static partial Regex TableKey();
}
