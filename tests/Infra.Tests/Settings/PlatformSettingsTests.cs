using Infra.Components;
using Infra.Graph;
using Infra.Stacks.Settings;
using Infra.Tests.Support;
using Xunit;

namespace Infra.Tests.Settings;

/// <summary>One test per rule of the platform settings (storage, errors, alerts, uptime, backups, secrets).</summary>
public sealed class PlatformSettingsTests
{
    private static IReadOnlyList<Diagnostic> Errors(string extraYaml, string stack = "staging") =>
        StackSettingsParser.Parse(stack, TestStacks.Config(TestStacks.MinimalStaging + "\n" + extraYaml)).Errors;

    private static StackSettings Valid(string extraYaml, string stack = "staging")
    {
        var (settings, errors) = StackSettingsParser.Parse(stack, TestStacks.Config(TestStacks.MinimalStaging + "\n" + extraYaml));
        Assert.Empty(errors);
        return settings!;
    }

    private static Diagnostic Single(string extraYaml, string stack = "staging") => Assert.Single(Errors(extraYaml, stack));

    /// <summary>One more key in the minimal file's <c>sentry</c> block.</summary>
    private static Diagnostic SingleSentry(string line) => Assert.Single(StackSettingsParser.Parse("staging", TestStacks.Config(
        TestStacks.MinimalStaging.Replace("    organization: example", "    organization: example\n    " + line, StringComparison.Ordinal))).Errors);

    [Theory]
    [InlineData("accountId", "not-an-id")]
    [InlineData("accountId", "0123456789ABCDEF0123456789ABCDEF")]
    [InlineData("zoneId", "1234")]
    public void Cloudflare_ids_are_32_hex_digits(string key, string value)
    {
        var yaml = TestStacks.MinimalStaging.Replace(key == "accountId" ? "0123456789abcdef0123456789abcdef" : "fedcba9876543210fedcba9876543210", value, StringComparison.Ordinal);

        var d = Assert.Single(StackSettingsParser.Parse("staging", TestStacks.Config(yaml)).Errors);

        Assert.Equal("orbit-infra:cloudflare." + key, d.Location);
        Assert.Contains("32 lower-case hex digits", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void R2_location_hints_come_from_the_allowed_list() =>
        Assert.Equal("orbit-infra:r2.locationHint", Single("  orbit-infra:r2:\n    locationHint: mars").Location);

    [Theory]
    [InlineData("orbit.example.test")]
    [InlineData("https://orbit.example.test/path")]
    [InlineData("http://orbit.example.test")]
    public void Cors_origins_are_https_origins(string origin) =>
        Assert.Equal("orbit-infra:r2.corsOrigins[0]", Single($"  orbit-infra:r2:\n    corsOrigins: [\"{origin}\"]").Location);

    [Fact]
    public void Cors_origins_default_to_the_app_url_and_may_add_localhost() =>
        Assert.Equal(["https://staging.orbit.example.test", "http://localhost:3000"],
            Valid("  orbit-infra:r2:\n    corsOrigins: [\"https://staging.orbit.example.test\", \"http://localhost:3000\"]").Cloudflare.CorsOrigins.ToArray());

    [Fact]
    public void The_sentry_organization_is_a_slug() =>
        Assert.Equal("orbit-infra:sentry.organization", Assert.Single(StackSettingsParser.Parse("staging",
            TestStacks.Config(TestStacks.MinimalStaging.Replace("organization: example", "organization: Example Org", StringComparison.Ordinal))).Errors).Location);

    [Fact]
    public void Sentry_metric_windows_are_the_ones_sentry_accepts()
    {
        var d = SingleSentry("slowWindowMinutes: 7");

        Assert.Equal("orbit-infra:sentry.slowWindowMinutes", d.Location);
        Assert.Contains("5, 10, 15, 30, 60, 120, 240, 1440", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_slack_integration_id_is_a_positive_whole_number() =>
        Assert.Equal("orbit-infra:sentry.slackIntegrationId", SingleSentry("slackIntegrationId: abc").Location);

    [Fact]
    public void Slack_channels_start_with_a_hash() =>
        Assert.Equal("orbit-infra:alerts.channels.quiet", Single("    channels:\n      quiet: alerts").Location);

    [Fact]
    public void Emails_must_be_addresses() =>
        Assert.Equal("orbit-infra:alerts.emails[0]", Single("    emails: [oncall]").Location);

    [Fact]
    public void Phone_numbers_are_e164() =>
        Assert.Equal("orbit-infra:alerts.smsNumbers[0]", Single("    smsNumbers: [\"555-0100\"]").Location);

    [Fact]
    public void Paging_needs_someone_to_page()
    {
        var d = Single("    page: true");

        Assert.Equal("orbit-infra:alerts.emails", d.Location);
    }

    [Fact]
    public void A_webhook_needs_its_secret_in_stack_config()
    {
        var d = Single("    webhook: true");

        Assert.Equal(SettingsCodes.Missing, d.Code);
        Assert.Equal("orbit-infra:alertWebhookUrl", d.Location);
        Assert.Contains("pulumi config set --secret orbit-infra:alertWebhookUrl", d.Message, StringComparison.Ordinal);
    }

    private static string WithoutSlackTeam => TestStacks.MinimalStaging.Replace("\n    slackTeamId: T0EXAMPLE0", "", StringComparison.Ordinal);

    [Fact]
    public void The_aws_backend_needs_the_slack_team_id_for_chatbot()
    {
        var d = Assert.Single(StackSettingsParser.Parse("staging", TestStacks.Config(WithoutSlackTeam)).Errors);

        Assert.Equal(SettingsCodes.Missing, d.Code);
        Assert.Equal("orbit-infra:alerts.slackTeamId", d.Location);
        Assert.Contains("AWS Chatbot", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("  orbit-infra:uptime:\n    backend: betterstack")]
    [InlineData("  orbit-infra:uptime:\n    enabled: false\n  orbit-infra:backups:\n    enabled: false")]
    public void Without_aws_alarm_topics_no_slack_team_id_is_needed(string yaml) =>
        Assert.Empty(StackSettingsParser.Parse("staging", TestStacks.Config(WithoutSlackTeam + "\n" + yaml)).Errors);

    [Theory]
    [InlineData("C0EXAMPLE0")]
    [InlineData("t0example0")]
    [InlineData("T01")]
    public void A_slack_team_id_is_a_T_and_upper_case_letters_and_digits(string value)
    {
        var d = Assert.Single(StackSettingsParser.Parse("staging", TestStacks.Config(
            TestStacks.MinimalStaging.Replace("slackTeamId: T0EXAMPLE0", "slackTeamId: " + value, StringComparison.Ordinal))).Errors);

        Assert.Equal("orbit-infra:alerts.slackTeamId", d.Location);
        Assert.Contains("T0123ABCD", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("2.5")]
    [InlineData("100001")]
    public void The_sms_budget_is_whole_dollars_from_1(string value)
    {
        var d = Single("    smsMonthlySpendLimit: " + value);

        Assert.Equal("orbit-infra:alerts.smsMonthlySpendLimit", d.Location);
        Assert.Contains("spending quota", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sms_budget_defaults_to_a_new_accounts_quota() =>
        Assert.Equal(1, Valid("").Alerts.SmsMonthlySpendLimit);

    [Fact]
    public void An_uptime_check_may_say_it_queries_the_database()
    {
        var settings = Valid("  orbit-infra:uptime:\n    checks:\n      - path: /api/health/db\n        keyword: '\"healthy\"'\n        database: true\n      - path: /courses\n        database: false");

        Assert.Equal([new UptimeCheck("/api/health/db", "\"healthy\"", Database: true), new UptimeCheck("/courses")], settings.Uptime.Checks.ToArray());
    }

    [Fact]
    public void The_default_database_check_wants_healthy_in_quotes_which_unhealthy_does_not_contain()
    {
        var check = Assert.Single(Valid("").Uptime.Checks, c => c.Keyword is not null);
        Assert.Equal(["/api/health/db", "/courses"], Valid("").Uptime.Checks.Where(c => c.Database).Select(c => c.Path));

        Assert.Equal("/api/health/db", check.Path);
        Assert.Contains(check.Keyword!, "{\"status\":\"healthy\"}", StringComparison.Ordinal);
        Assert.DoesNotContain(check.Keyword!, "{\"status\":\"unhealthy\"}", StringComparison.Ordinal);
        Assert.Contains(check.Keyword!, "{\"status\": \"healthy\"}", StringComparison.Ordinal);
    }

    [Fact]
    public void The_uptime_backend_is_aws_or_betterstack()
    {
        Assert.Equal(MonitorBackend.BetterStack, Assert.IsType<StackSettings>(StackSettingsParser.Parse("staging", TestStacks.Config(WithoutSlackTeam + "\n  orbit-infra:uptime:\n    backend: betterstack")).Settings).Uptime.Backend);
        Assert.Contains("aws, betterstack", Single("  orbit-infra:uptime:\n    backend: pingdom").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Uptime_checks_are_paths_or_path_and_keyword_objects()
    {
        var settings = Valid("  orbit-infra:uptime:\n    checks:\n      - /\n      - path: /api/health\n        keyword: ok");

        Assert.Equal([new UptimeCheck("/"), new UptimeCheck("/api/health", "ok")], settings.Uptime.Checks.ToArray());
    }

    [Theory]
    [InlineData("      - login")]
    [InlineData("      - path: /x\n        keywrd: ok")]
    [InlineData("      - path: https://x.example.com/")]
    [InlineData("      - path: /api/health/db\n        database: yes")]
    public void Bad_uptime_checks_are_refused(string item) =>
        Assert.Equal("orbit-infra:uptime.checks[0]", Single("  orbit-infra:uptime:\n    checks:\n" + item).Location);

    [Fact]
    public void Two_checks_of_one_path_are_refused() =>
        Assert.Contains("share the name", Single("  orbit-infra:uptime:\n    checks: [/login, /login]").Message, StringComparison.Ordinal);

    [Fact]
    public void Route53_needs_at_least_three_checker_regions() =>
        Assert.Contains("expected at least 3", Single("  orbit-infra:uptime:\n    awsRegions: [us-east-1, eu-west-1]").Message, StringComparison.Ordinal);

    [Fact]
    public void Request_timeouts_and_tls_warnings_take_better_stacks_values()
    {
        Assert.Equal("orbit-infra:uptime.requestTimeoutSeconds", Single("  orbit-infra:uptime:\n    requestTimeoutSeconds: 7").Location);
        Assert.Equal("orbit-infra:uptime.tlsWarningDays", Single("  orbit-infra:uptime:\n    tlsWarningDays: 10").Location);
    }

    [Theory]
    [InlineData("bucketName: Orbit_Backups", "orbit-infra:backups.bucketName")]
    [InlineData("region: mars-1", "orbit-infra:backups.region")]
    [InlineData("heartbeatHours: 12", "orbit-infra:backups.heartbeatHours")]
    [InlineData("oidcProvider: maybe", "orbit-infra:backups.oidcProvider")]
    [InlineData("githubEnvironment: \"bad env\"", "orbit-infra:backups.githubEnvironment")]
    [InlineData("dailyDays: 30\n    weeklyDays: 14", "orbit-infra:backups.weeklyDays")]
    public void Backup_settings_are_checked(string yaml, string location) =>
        Assert.Equal(location, Single("  orbit-infra:backups:\n    " + yaml).Location);

    [Fact]
    public void Backup_defaults_name_the_bucket_after_the_stack_and_look_up_the_oidc_provider_the_bootstrap_stack_creates()
    {
        var staging = Valid("").Backups;
        var prod = Valid("    emails: [oncall@example.com]", "prod").Backups;

        Assert.Equal("orbit-staging-db-backups", staging.BucketName);
        Assert.False(staging.CreateOidcProvider);
        Assert.Equal("orbit-db-backups", prod.BucketName);
        Assert.False(prod.CreateOidcProvider);
    }

    [Fact]
    public void Pass_through_keys_are_upper_snake_case_and_not_managed_by_infra()
    {
        Assert.Equal("orbit-infra:secrets.passThrough[0]", Single("  orbit-infra:secrets:\n    passThrough: [openai_key]").Location);
        Assert.Equal("orbit-infra:secrets.passThrough[0]", Single("  orbit-infra:secrets:\n    passThrough: [DATABASE_URL]").Location);
    }

    [Fact]
    public void A_missing_pass_through_secret_is_one_clear_line()
    {
        var d = Single("  orbit-infra:secrets:\n    passThrough: [OPENAI_API_KEY]");

        Assert.Equal(SettingsCodes.Missing, d.Code);
        Assert.Equal("orbit-infra:OPENAI_API_KEY", d.Location);
        Assert.Contains("pulumi config set --secret orbit-infra:OPENAI_API_KEY <value>", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unencrypted_pass_through_secret_is_refused_without_showing_it()
    {
        var d = Single("  orbit-infra:secrets:\n    passThrough: [OPENAI_API_KEY]\n  orbit-infra:OPENAI_API_KEY: sk-live-abc123");

        Assert.Equal(SettingsCodes.NotEncrypted, d.Code);
        Assert.Contains("not encrypted", d.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("sk-live-abc123", d.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_encrypted_pass_through_secret_is_accepted()
    {
        var settings = Valid("  orbit-infra:secrets:\n    passThrough: [OPENAI_API_KEY]\n  orbit-infra:OPENAI_API_KEY:\n    secure: v1:abc:def");

        Assert.Equal(["OPENAI_API_KEY"], settings.Secrets.PassThrough.ToArray());
    }

    [Fact]
    public void In_compiler_mode_a_present_pass_through_secret_is_enough()
    {
        const string json = """
            {"orbit-infra:app":"orbit","orbit-infra:domain":"orbit.example.test",
             "orbit-infra:github":"{\"repository\":\"example/orbit\"}",
             "orbit-infra:neon":"{\"plan\":\"scale\",\"apiKeyType\":\"organization\"}",
             "orbit-infra:cloudflare":"{\"accountId\":\"0123456789abcdef0123456789abcdef\",\"zoneId\":\"fedcba9876543210fedcba9876543210\"}",
             "orbit-infra:sentry":"{\"organization\":\"example\",\"uploadSourceMaps\":false}","orbit-infra:alerts":"{\"slackWorkspace\":\"example\",\"slackTeamId\":\"T0EXAMPLE0\",\"channelIds\":{\"quiet\":\"C0STAGING0\"}}",
             "orbit-infra:secrets":"{\"passThrough\":[\"OPENAI_API_KEY\"]}","orbit-infra:OPENAI_API_KEY":"sk-decrypted"}
            """;
        var (config, _) = EnvironmentConfig.Parse(json, TestStacks.Project);

        var (settings, errors) = StackSettingsParser.Parse("staging", config!);

        Assert.Empty(errors);
        Assert.Equal(["OPENAI_API_KEY"], settings!.Secrets.PassThrough.ToArray());
    }

    [Fact]
    public void The_rotation_keeper_is_short_plain_text() =>
        Assert.Equal("orbit-infra:secrets.rotation", Single("  orbit-infra:secrets:\n    rotation: \"with spaces\"").Location);
}
