using Infra.Graph;
using Infra.Stacks.Settings;
using Infra.Tests.Support;
using Xunit;

namespace Infra.Tests.Settings;

/// <summary>One test per rule: a bad value gives one line naming the key, the value and what is allowed.</summary>
public sealed class SettingsValidationTests
{
    private static IReadOnlyList<Diagnostic> Errors(string stack, string yaml) => StackSettingsParser.Parse(stack, TestStacks.Config(yaml)).Errors;

    private static Diagnostic SingleError(string extraYaml, string stack = "staging") =>
        Assert.Single(Errors(stack, TestStacks.MinimalStaging + "\n" + extraYaml));

    private static Diagnostic SingleNeonError(string neonLines, string stack = "staging") =>
        Assert.Single(Errors(stack, TestStacks.MinimalStagingWithNeon(neonLines)));

    [Fact]
    public void The_minimal_stack_file_is_valid_and_takes_the_staging_defaults()
    {
        var (settings, errors) = StackSettingsParser.Parse("staging", TestStacks.Config(TestStacks.MinimalStaging));

        Assert.Empty(errors);
        Assert.Equal(Tier.Staging, settings!.Tier);
        Assert.False(settings.Protect);
        Assert.Equal("orbit-staging", settings.ResourceName);
        Assert.Equal("staging", settings.Vercel.ProductionBranch);
        Assert.Equal(["iad1"], settings.Vercel.Regions.ToArray());
        Assert.Equal(24, settings.Neon.HistoryRetentionHours);
        Assert.Equal(300, settings.Neon.SuspendTimeoutSeconds);
    }

    [Fact]
    public void Production_defaults_protect_and_keep_seven_days()
    {
        var (settings, errors) = StackSettingsParser.Parse("prod", TestStacks.Config(TestStacks.MinimalStaging + "\n    emails: [oncall@example.com]"));

        Assert.Empty(errors);
        Assert.Equal(Tier.Production, settings!.Tier);
        Assert.True(settings.Protect);
        Assert.Equal("orbit", settings.ResourceName);
        Assert.Equal("main", settings.Vercel.ProductionBranch);
        Assert.Equal(7 * 24, settings.Neon.HistoryRetentionHours);
        Assert.Equal(-1, settings.Neon.SuspendTimeoutSeconds);
    }

    [Fact]
    public void A_stack_with_no_settings_is_one_error()
    {
        var d = Assert.Single(Errors("qa", "config:\n  vercel:team: example\n"));

        Assert.Equal(SettingsCodes.NoSettings, d.Code);
        Assert.Contains("stack qa", d.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("app")]
    [InlineData("domain")]
    [InlineData("github")]
    public void A_missing_required_key_is_one_error(string key)
    {
        var yaml = string.Join('\n', TestStacks.MinimalStaging.Split('\n').Where(l => !l.Contains("orbit-infra:" + key, StringComparison.Ordinal) && !(key == "github" && l.Contains("repository", StringComparison.Ordinal))));

        var d = Assert.Single(Errors("staging", yaml));

        Assert.Equal(SettingsCodes.Missing, d.Code);
        Assert.StartsWith("orbit-infra:" + key, d.Location, StringComparison.Ordinal);
        Assert.Contains("expected", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://orbit.example.test")]
    [InlineData("orbit.example.test/path")]
    [InlineData("orbit.example.test:443")]
    [InlineData("localhost")]
    [InlineData("Learn.Example.com")]
    [InlineData("learn..example.com")]
    [InlineData("-orbit.example.test")]
    public void A_domain_must_be_a_bare_hostname(string domain)
    {
        var yaml = TestStacks.MinimalStaging.Replace("staging.orbit.example.test", domain, StringComparison.Ordinal);

        var d = Assert.Single(Errors("staging", yaml));

        Assert.Equal("orbit-infra:domain", d.Location);
        Assert.Contains($"\"{domain}\"", d.Message, StringComparison.Ordinal);
        Assert.Contains("hostname without scheme", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("example")]
    [InlineData("https://github.com/example/orbit")]
    [InlineData("example/orbit/extra")]
    public void A_repository_must_be_owner_slash_repo(string repository)
    {
        var yaml = TestStacks.MinimalStaging.Replace("example/orbit", repository, StringComparison.Ordinal);

        var d = Assert.Single(Errors("staging", yaml));

        Assert.Equal("orbit-infra:github.repository", d.Location);
        Assert.Contains("owner/repo", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Orbit")]
    [InlineData("orbit_app")]
    [InlineData("1orbit")]
    public void An_app_name_is_lower_case_letters_digits_and_hyphens(string app)
    {
        var yaml = TestStacks.MinimalStaging.Replace("orbit-infra:app: orbit", "orbit-infra:app: " + app, StringComparison.Ordinal);

        Assert.Equal("orbit-infra:app", Assert.Single(Errors("staging", yaml)).Location);
    }

    [Fact]
    public void Retention_zero_is_refused()
    {
        var d = SingleNeonError("    historyRetentionDays: 0");

        Assert.Equal("orbit-infra:neon.historyRetentionDays", d.Location);
        Assert.Equal("\"0\" is not allowed; expected a whole number from 1 to 30", d.Message);
    }

    [Fact]
    public void A_word_where_a_number_belongs_is_refused()
    {
        var d = SingleNeonError("    pgVersion: seventeen");

        Assert.Equal("orbit-infra:neon.pgVersion", d.Location);
        Assert.Contains("\"seventeen\"", d.Message, StringComparison.Ordinal);
        Assert.Contains("whole number from 14 to 18", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fraction_where_a_whole_number_belongs_is_refused() =>
        Assert.Equal("orbit-infra:neon.historyRetentionDays", SingleNeonError("    historyRetentionDays: 1.5").Location);

    [Fact]
    public void Vercel_regions_come_from_the_allowed_list()
    {
        var d = SingleError("  orbit-infra:vercel:\n    regions: [iad1, mars1]");

        Assert.Equal("orbit-infra:vercel.regions[1]", d.Location);
        Assert.Contains("\"mars1\"", d.Message, StringComparison.Ordinal);
        Assert.Contains("iad1", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Vercel_regions_may_be_a_comma_separated_list()
    {
        var (settings, errors) = StackSettingsParser.Parse("staging", TestStacks.Config(TestStacks.MinimalStaging + "\n  orbit-infra:vercel:\n    regions: iad1, fra1,hnd1"));

        Assert.Empty(errors);
        Assert.Equal(["iad1", "fra1", "hnd1"], settings!.Vercel.Regions.ToArray());
    }

    [Fact]
    public void An_empty_region_list_is_refused() =>
        Assert.Equal("orbit-infra:vercel.regions", SingleError("  orbit-infra:vercel:\n    regions: []").Location);

    [Fact]
    public void Neon_regions_come_from_the_allowed_list()
    {
        var d = SingleNeonError("    region: us-east-1");

        Assert.Equal("orbit-infra:neon.region", d.Location);
        Assert.Contains("aws-us-east-1", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Node_versions_come_from_the_allowed_list() =>
        Assert.Equal("orbit-infra:vercel.nodeVersion", SingleError("  orbit-infra:vercel:\n    nodeVersion: \"16\"").Location);

    [Fact]
    public void Preview_protection_comes_from_the_provider_list() =>
        Assert.Equal("orbit-infra:vercel.previewProtection", SingleError("  orbit-infra:vercel:\n    previewProtection: everything").Location);

    [Fact]
    public void Branch_names_are_checked() =>
        Assert.Equal("orbit-infra:vercel.productionBranch", SingleError("  orbit-infra:vercel:\n    productionBranch: \"bad..branch\"").Location);

    [Fact]
    public void Compute_sizes_come_from_neons_list() =>
        Assert.Equal("orbit-infra:neon.maxCu", SingleNeonError("    maxCu: 0.3").Location);

    [Fact]
    public void The_autoscaling_minimum_cannot_exceed_the_maximum()
    {
        var d = SingleNeonError("    minCu: 4\n    maxCu: 2");

        Assert.Equal("orbit-infra:neon.minCu", d.Location);
        Assert.Contains("minCu <= maxCu", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-2")]
    [InlineData("30")]
    [InlineData("604801")]
    public void Suspend_timeouts_are_never_zero_or_a_minute_and_up(string value) =>
        Assert.Equal("orbit-infra:neon.suspendTimeoutSeconds", SingleNeonError($"    suspendTimeoutSeconds: {value}").Location);

    [Fact]
    public void Booleans_are_true_or_false()
    {
        var d = SingleError("  orbit-infra:protect: maybe");

        Assert.Equal("orbit-infra:protect", d.Location);
        Assert.Contains("true or false", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_tier_is_production_or_staging() =>
        Assert.Contains("production, staging", SingleError("  orbit-infra:tier: dev").Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("live")]
    [InlineData("production")]
    [InlineData("qa")]
    public void A_stack_of_another_name_must_state_its_tier(string stack)
    {
        var d = SingleError("", stack);

        Assert.Equal("orbit-infra:tier", d.Location);
        Assert.Contains($"'{stack}' must set it", d.Message, StringComparison.Ordinal);

        var (settings, errors) = StackSettingsParser.Parse(stack, TestStacks.Config(TestStacks.MinimalStaging + "\n    emails: [oncall@example.com]\n  orbit-infra:tier: production"));
        Assert.Empty(errors);
        Assert.Equal(Tier.Production, settings!.Tier);
        Assert.True(settings.Protect);
    }

    [Fact]
    public void Log_levels_come_from_the_allowed_list() =>
        Assert.Equal("orbit-infra:logLevel", SingleError("  orbit-infra:logLevel: loud").Location);

    [Fact]
    public void Neon_org_ids_have_their_form() =>
        Assert.Equal("orbit-infra:neon.orgId", Assert.Single(Errors("staging", TestStacks.MinimalStaging.Replace("org-example-12345678", "my-org", StringComparison.Ordinal))).Location);

    [Fact]
    public void Unknown_keys_are_reported_with_the_known_ones()
    {
        var d = SingleNeonError("    regoin: aws-us-east-1");

        Assert.Equal(SettingsCodes.Unknown, d.Code);
        Assert.Equal("orbit-infra:neon.regoin", d.Location);
        Assert.Contains("region", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Keys_of_other_namespaces_are_not_ours()
    {
        Assert.Empty(Errors("staging", TestStacks.MinimalStaging + "\n  vercel:team: example\n  aws:region: us-east-1"));
    }

    [Fact]
    public void A_scalar_where_an_object_belongs_is_refused()
    {
        var yaml = TestStacks.MinimalStaging.Replace("  orbit-infra:neon:\n    plan: scale\n    orgId: org-example-12345678\n", "  orbit-infra:neon: aws-us-east-1\n", StringComparison.Ordinal);
        var d = Assert.Single(Errors("staging", yaml));

        Assert.Equal(SettingsCodes.WrongShape, d.Code);
        Assert.Equal("orbit-infra:neon", d.Location);
    }

    [Fact]
    public void An_encrypted_value_for_a_plain_setting_is_refused_without_showing_it()
    {
        var d = SingleError("  orbit-infra:logLevel:\n    secure: v1:c2VjcmV0LXZhbHVl");

        Assert.Equal("orbit-infra:logLevel", d.Location);
        Assert.DoesNotContain("c2VjcmV0", d.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_is_reported_at_once_one_line_each()
    {
        var errors = Errors("staging", """
            config:
              orbit-infra:app: Orbit
              orbit-infra:domain: https://orbit.example.test
              orbit-infra:neon:
                historyRetentionDays: 0
                pgVersion: latest
            """);

        Assert.Equal(14, errors.Count);
        Assert.All(errors, e => Assert.DoesNotContain("\n", e.ToString(), StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Location == "orbit-infra:alerts.channelIds.quiet");
        Assert.Contains(errors, e => e.Location == "orbit-infra:alerts.slackTeamId");
        Assert.Contains(errors, e => e.Location == "orbit-infra:SENTRY_AUTH_TOKEN");
        Assert.Contains(errors, e => e.Location == "orbit-infra:github.repository");
        Assert.Contains(errors, e => e.Location == "orbit-infra:neon.plan");
    }

    [Fact]
    public void Invalid_yaml_is_one_error()
    {
        var (config, errors) = StackFileConfig.Parse("config:\n  a: [unclosed\n", TestStacks.Project, "Pulumi.bad.yaml");

        Assert.Null(config);
        Assert.StartsWith("Pulumi.bad.yaml:", Assert.Single(errors).Location, StringComparison.Ordinal);
    }
}
