using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using Infra.Stacks.Settings;
using Infra.Stacks.Settings.Catalog;
using Infra.Tests.Support;
using Json.Schema;
using Xunit;

namespace Infra.Tests.Settings;

/// <summary>
/// The catalog is the one declaration of every setting: the parsers read exactly its keys, its
/// defaults keep its own rules, and the JSON Schema generated from it agrees with the parser (a
/// value the parser accepts passes the schema; a value it refuses is refused by the schema too,
/// wherever the rule has a schema facet).
/// </summary>
public sealed class SettingsCatalogTests
{
    private const string Bad = "?bad value?";

    private static readonly JsonSchema AppSchema = JsonSchema.FromText(StackFileSchema.Generate(FixtureProject.Name, SettingScope.App));

    public static TheoryData<string> AppKeys => [.. SettingsCatalog.In(SettingScope.App).Select(s => s.Key)];

    [Fact]
    public void Every_key_is_declared_once() =>
        Assert.Empty(SettingsCatalog.All.GroupBy(s => s.Key).Where(g => g.Count() > 1).Select(g => g.Key));

    [Fact]
    public void Every_default_keeps_its_own_rule()
    {
        foreach (var setting in SettingsCatalog.All)
        {
            foreach (var production in new[] { true, false })
            {
                var value = setting.DefaultFor(production)?.Replace("{stack}", "staging", StringComparison.Ordinal)
                    .Replace("{app}", "shop", StringComparison.Ordinal).Replace("{resource}", "shop-staging", StringComparison.Ordinal)
                    .Replace("{domain}", "staging.shop.example.com", StringComparison.Ordinal);
                if (value is null)
                {
                    continue;
                }

                var items = setting.Kind == SettingKind.List ? value.Split(',', StringSplitOptions.RemoveEmptyEntries) : [value];
                Assert.All(items, item => Assert.True(setting.Rule.Valid(item), $"{setting.Key}: default \"{item}\" breaks its rule ({setting.Rule.Text})"));
                Assert.True(setting.Kind != SettingKind.List || items.Length >= setting.Rule.MinItems, $"{setting.Key}: default has fewer than {setting.Rule.MinItems} items");
            }
        }
    }

    [Fact]
    public void Every_setting_without_a_default_is_required_optional_with_an_example_or_documented()
    {
        foreach (var setting in SettingsCatalog.All.Where(s => s.Default is null && s.Kind != SettingKind.Objects))
        {
            Assert.True(setting.Example is not null || setting.DefaultDoc is not null, $"{setting.Key} has no default, example or default text");
            // A map's example is one NAME: value entry, whose name keeps the rule.
            var example = setting.Kind == SettingKind.Map ? setting.Example?.Split(": ")[0] : setting.Example;
            Assert.True(example is null || setting.Rule.Valid(example), $"{setting.Key}: example \"{setting.Example}\" breaks its rule");
        }
    }

    [Fact]
    public void The_app_parser_reads_exactly_the_catalog_keys()
    {
        var config = ConfigOverlay.Apply(FixtureConfig("staging"), [("alerts.webhook", "true")]);
        StackSettingsParser.Parse("staging", config, out var keys);
        var read = keys.Where(k => !IsSecretKey(k)).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(SettingsCatalog.In(SettingScope.App).Select(s => s.Key).Order(StringComparer.Ordinal), read.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(AppKeys))]
    public void A_valid_value_passes_the_parser_and_the_schema(string key)
    {
        var setting = SettingsCatalog.Find(key)!;
        var config = Staging(key, Good(setting));
        var stack = StackOf(key);

        var (settings, errors) = StackSettingsParser.Parse(stack, config);
        Assert.True(settings is not null, string.Join("\n", errors));
        var result = Evaluate(StackFileJson.FromConfig(config));
        Assert.True(result.IsValid, $"the schema refuses a value the parser accepts for {key}: {Describe(result)}");
    }

    [Theory]
    [MemberData(nameof(AppKeys))]
    public void An_invalid_value_is_one_line_from_the_parser_and_refused_by_the_schema_where_the_rule_has_a_facet(string key)
    {
        var setting = SettingsCatalog.Find(key)!;
        var bad = Invalid(setting);
        Assert.True(bad is not null, $"{key}: no invalid value found for its rule");
        // The bad list of secrets.passThrough keeps its valid items, which need their secret; a bad map has none.
        var config = Staging(key, bad!, withSecret: key == SecretKeys.PassThrough.Key);

        var (_, errors) = StackSettingsParser.Parse(StackOf(key), config);
        var error = Assert.Single(errors);
        Assert.StartsWith($"{FixtureProject.Name}:{key}", error.Location, StringComparison.Ordinal);

        if (HasFacet(setting))
        {
            var result = Evaluate(StackFileJson.FromConfig(config));
            Assert.False(result.IsValid, $"the schema accepts the invalid value of {key}");
        }
    }

    [Theory]
    [InlineData("neon.regoin", "aws-us-east-2")]
    [InlineData("sentryy", "x")]
    public void An_unknown_key_is_one_line_and_refused_by_the_schema(string key, string value)
    {
        var config = ConfigOverlay.Apply(FixtureConfig("staging"), [(key, value)]);

        var (_, errors) = StackSettingsParser.Parse("staging", config);
        Assert.Equal(SettingsCodes.Unknown, Assert.Single(errors).Code);
        Assert.False(Evaluate(StackFileJson.FromConfig(config)).IsValid);
    }

    [Fact]
    public void A_flat_dotted_key_is_one_line_and_refused_by_the_schema()
    {
        var config = With(FixtureConfig("staging"), "neon.region", new ConfigScalar("aws-eu-central-1"), flat: true);

        var (_, errors) = StackSettingsParser.Parse("staging", config);
        Assert.Contains("--path", Assert.Single(errors).Message, StringComparison.Ordinal);
        Assert.False(Evaluate(StackFileJson.FromConfig(config)).IsValid);
    }

    [Theory]
    [InlineData("prod")]
    [InlineData("staging")]
    public void The_stack_files_as_written_validate_against_the_schema(string stack)
    {
        using var fixture = new FixtureProject();
        var result = Evaluate(StackFileJson.FromYaml(fixture.StackFileText(stack)));
        Assert.True(result.IsValid, Describe(result));
    }

    [Fact]
    public void The_bootstrap_parser_reads_exactly_its_catalog_keys_and_its_stack_file_validates()
    {
        var (config, errors) = StackFileConfig.Parse(BootstrapFixture.StackFile, FixtureProject.Name, "Pulumi.bootstrap.yaml");
        Assert.Empty(errors);
        BootstrapSettingsParser.Parse(config!, out var keys);
        Assert.Equal(
            SettingsCatalog.In(SettingScope.Bootstrap).Select(s => s.Key).Order(StringComparer.Ordinal),
            keys.Where(k => !IsSecretKey(k)).Order(StringComparer.Ordinal));

        var schema = JsonSchema.FromText(StackFileSchema.Generate(FixtureProject.Name, SettingScope.Bootstrap));
        var document = JsonSerializer.SerializeToElement(StackFileJson.FromYaml(BootstrapFixture.StackFile));
        Assert.True(schema.Evaluate(document).IsValid);
        var stray = JsonSerializer.SerializeToElement(StackFileJson.FromYaml(BootstrapFixture.StackFile.Replace("config:\n", $"config:\n  {FixtureProject.Name}:app: acme\n", StringComparison.Ordinal)));
        Assert.False(schema.Evaluate(stray).IsValid, "an app setting in the bootstrap stack file is refused");
    }

    [Fact]
    public void An_unencrypted_secret_is_refused_by_the_schema()
    {
        var config = With(FixtureConfig("staging"), "SENTRY_AUTH_TOKEN", new ConfigScalar("plain"));
        Assert.False(Evaluate(StackFileJson.FromConfig(config)).IsValid);
    }

    [Fact]
    public void A_key_of_a_namespace_the_parser_refuses_is_refused_by_the_schema()
    {
        var config = FixtureConfig("staging");
        var stray = config with { ProviderConfig = config.ProviderConfig.SetItem("shop-infra:app", new ConfigScalar("shop")) };
        var pulumi = config with { ProviderConfig = config.ProviderConfig.SetItem("pulumi:tags", new ConfigScalar("x")) };

        Assert.True(Evaluate(StackFileJson.FromConfig(pulumi)).IsValid);
        Assert.False(Evaluate(StackFileJson.FromConfig(stray)).IsValid);
    }

    private static bool IsSecretKey(string key) => key == AlertSettings.WebhookConfigKey || key.All(c => char.IsUpper(c) || char.IsDigit(c) || c == '_');

    private static bool HasFacet(Setting setting) =>
        setting.Kind is SettingKind.Boolean or SettingKind.WholeNumber or SettingKind.Number or SettingKind.Objects or SettingKind.Map
        || !setting.Rule.Choices.IsDefaultOrEmpty || setting.Rule.Pattern is not null;

    private static ConfigNode Good(Setting setting)
    {
        if (setting.Kind == SettingKind.Map)
        {
            var (name, value) = (setting.Example!.Split(": ")[0], setting.Example.Split(": ")[1]);
            return new ConfigMap(ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create(name, (ConfigNode)new ConfigScalar(value))]));
        }

        var text = setting.Example ?? setting.DefaultFor(production: false)?.Replace("{stack}", "staging", StringComparison.Ordinal).Replace("{app}", "acme", StringComparison.Ordinal)
            .Replace("{resource}", "acme-staging", StringComparison.Ordinal).Replace("{domain}", "staging.acme.test", StringComparison.Ordinal) ?? (setting.Rule.Choices.IsDefaultOrEmpty ? null : setting.Rule.Choices[0]);
        return setting.Kind switch
        {
            SettingKind.List => new ConfigList([.. (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(t => (ConfigNode)new ConfigScalar(t))]) is { Items.Length: > 0 } list
                ? list
                : new ConfigList([new ConfigScalar(ListExample(setting))]),
            SettingKind.Objects => new ConfigList([new ConfigScalar("/"), new ConfigMap(ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal,
                [KeyValuePair.Create("path", (ConfigNode)new ConfigScalar("/api/health")), KeyValuePair.Create("keyword", (ConfigNode)new ConfigScalar("ok"))]))]),
            _ => new ConfigScalar(text ?? throw new InvalidOperationException(setting.Key + " has no valid value")),
        };
    }

    private static string ListExample(Setting setting) => setting.Key switch
    {
        "alerts.emails" => "oncall@acme.test",
        "alerts.smsNumbers" => "+14155550100",
        "secrets.passThrough" => "STRIPE_SECRET_KEY",
        "vercel.skipBranches" => "release",
        _ => throw new InvalidOperationException(setting.Key + " needs an example"),
    };

    private static ConfigNode? Invalid(Setting setting)
    {
        if (setting.Kind == SettingKind.Objects)
        {
            return new ConfigScalar("bad");
        }

        if (setting.Kind == SettingKind.Map)
        {
            // A name that is no variable, catalog or resource name.
            return new ConfigMap(ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("Not A Name", (ConfigNode)new ConfigScalar("x"))]));
        }

        var candidates = setting.Kind is SettingKind.WholeNumber or SettingKind.Number ? ["abc"] : new[] { Bad, "", new string('x', 300) };
        var text = candidates.FirstOrDefault(c => !setting.Rule.Valid(c));
        // A list keeps enough valid items, so that the bad one is the only problem.
        return text is null ? null
            : setting.Kind == SettingKind.List ? new ConfigList([.. ((ConfigList)Good(setting)).Items, new ConfigScalar(text)])
            : new ConfigScalar(text);
    }

    /// <summary>The stack whose options make a setting do something: people are emailed and texted by a stack that pages (prod).</summary>
    private static string StackOf(string key) => key is "alerts.emails" or "alerts.smsNumbers" or "alerts.smsMonthlySpendLimit" ? "prod" : "staging";

    /// <summary>The fixture's config (<see cref="StackOf"/>) with one setting changed (and the secret a pass-through key needs).</summary>
    private static RawConfig Staging(string key, ConfigNode value, bool withSecret = true)
    {
        // A setting of the Better Stack backend does something only there (SettingGates); the fixture uses AWS.
        var config = key is "uptime.betterStackRegions" or "uptime.requestTimeoutSeconds"
            ? With(With(FixtureConfig("staging"), "uptime.backend", new ConfigScalar("betterstack")), "alerts", WithoutAwsOnlyAlerts(FixtureConfig("staging")))
            : FixtureConfig(StackOf(key));
        config = With(config, key, value);
        return withSecret && (key == SecretKeys.PassThrough.Key || key == EnvKeys.Secrets.Key) ? With(config, "STRIPE_SECRET_KEY", new ConfigScalar("v1:x", Secure: true)) : config;
    }

    /// <summary>The fixture's alerts without the keys that reach people through AWS only.</summary>
    private static ConfigMap WithoutAwsOnlyAlerts(RawConfig config) =>
        new(((ConfigMap)config.Root.Entries["alerts"]).Entries.Remove("slackTeamId").Remove("emails").Remove("smsNumbers"));

    private static RawConfig FixtureConfig(string stack)
    {
        using var fixture = new FixtureProject();
        var (config, errors) = StackFileConfig.Parse(fixture.StackFileText(stack), FixtureProject.Name, $"Pulumi.{stack}.yaml");
        Assert.Empty(errors);
        return config!;
    }

    private static RawConfig With(RawConfig config, string key, ConfigNode value, bool flat = false) =>
        ConfigOverlay.With(config, flat ? [key] : key.Split('.'), value);

    private static EvaluationResults Evaluate(JsonNode document) =>
        AppSchema.Evaluate(JsonSerializer.SerializeToElement(document), new EvaluationOptions { OutputFormat = OutputFormat.List });

    private static string Describe(EvaluationResults result) =>
        string.Join("; ", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).Select(d => $"{d.InstanceLocation}: {string.Join(", ", d.Errors!.Values)}"));
}
