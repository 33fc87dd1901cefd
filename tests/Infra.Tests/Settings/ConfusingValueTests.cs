using Infra.Graph;
using Infra.Stacks.Settings;
using Infra.Tests.Support;
using Xunit;

namespace Infra.Tests.Settings;

/// <summary>
/// The values a new user gets wrong without seeing why (issue 11, item 5): an unquoted <c>#channel</c>
/// (a YAML comment, so an empty value), an upper-case hostname, an uptime check with a misspelt key.
/// Each is one line naming the key, the value, what is allowed and how to fix it.
/// </summary>
public sealed class ConfusingValueTests
{
    private static IReadOnlyList<Diagnostic> Errors(string extraYaml, string stack = "staging") =>
        StackSettingsParser.Parse(stack, TestStacks.Config(TestStacks.MinimalStaging + "\n" + extraYaml)).Errors;

    private static Diagnostic Single(string extraYaml, string stack = "staging") => Assert.Single(Errors(extraYaml, stack));

    [Fact]
    public void An_unquoted_hash_is_a_yaml_comment_so_the_stack_file_reads_an_empty_value()
    {
        var config = TestStacks.Config("config:\n  orbit-infra:alerts:\n    channels:\n      p0: #incidents\n");

        var channels = Assert.IsType<ConfigMap>(Assert.IsType<ConfigMap>(config.Root.Entries["alerts"]).Entries["channels"]);
        Assert.Equal(new ConfigScalar(""), channels.Entries["p0"]);
    }

    [Fact]
    public void An_unquoted_slack_channel_says_it_is_empty_and_to_quote_it()
    {
        var d = Single("    channels:\n      p0: #incidents");

        Assert.Equal("orbit-infra:alerts.channels.p0", d.Location);
        Assert.Contains("is empty", d.Message, StringComparison.Ordinal);
        Assert.Contains("'#' starts a comment", d.Message, StringComparison.Ordinal);
        Assert.Contains("\"#incidents\"", d.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("\"\" is not allowed", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_quoting_hint_shows_the_channel_of_the_stack()
    {
        var d = Single("    channels:\n      quiet: #alerts-staging");

        Assert.Equal("orbit-infra:alerts.channels.quiet", d.Location);
        Assert.Contains("\"#alerts-staging\"", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quoted_slack_channel_is_read()
    {
        var (settings, errors) = StackSettingsParser.Parse("staging", TestStacks.Config(TestStacks.MinimalStaging + "\n    channels:\n      p0: \"#incidents-orbit\""));

        Assert.Empty(errors);
        Assert.Equal("#incidents-orbit", settings!.Alerts.Channels.P0.Name);
    }

    [Theory]
    [InlineData("  orbit-infra:logLevel:", "orbit-infra:logLevel", "one of")]
    [InlineData("  orbit-infra:protect: # later", "orbit-infra:protect", "true or false")]
    [InlineData("  orbit-infra:logLevel: \"\"", "orbit-infra:logLevel", "one of")]
    public void An_empty_value_says_it_is_empty_and_what_is_expected(string line, string key, string expected)
    {
        var d = Single(line.Replace("  orbit-infra:", "\n  orbit-infra:", StringComparison.Ordinal));

        Assert.Equal(key, d.Location);
        Assert.StartsWith("is empty; expected " + expected, d.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("comment", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_object_says_it_is_empty()
    {
        var d = Single("  orbit-infra:r2:");

        Assert.Equal("orbit-infra:r2", d.Location);
        Assert.StartsWith("is empty; expected an object", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_list_item_says_it_is_empty()
    {
        var d = Single("    emails:\n      - #oncall@example.com");

        Assert.Equal("orbit-infra:alerts.emails[0]", d.Location);
        Assert.StartsWith("is empty; expected an email address", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_upper_case_domain_says_dns_names_are_lower_case_and_suggests_one()
    {
        var yaml = TestStacks.MinimalStaging.Replace("staging.orbit.example.test", "Staging.Orbit.Example.Test", StringComparison.Ordinal);

        var d = Assert.Single(StackSettingsParser.Parse("staging", TestStacks.Config(yaml)).Errors);

        Assert.Equal("orbit-infra:domain", d.Location);
        Assert.Contains("\"Staging.Orbit.Example.Test\"", d.Message, StringComparison.Ordinal);
        Assert.Contains("DNS names are lower-case here", d.Message, StringComparison.Ordinal);
        Assert.Contains("\"staging.orbit.example.test\"", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_upper_case_vercel_target_says_the_same()
    {
        var d = Single("  orbit-infra:dns:\n    vercelTarget: CNAME.Vercel-DNS.com");

        Assert.Equal("orbit-infra:dns.vercelTarget", d.Location);
        Assert.Contains("DNS names are lower-case here", d.Message, StringComparison.Ordinal);
        Assert.Contains("\"cname.vercel-dns.com\"", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_lower_case_setting_suggests_the_lower_case_value()
    {
        var yaml = TestStacks.MinimalStaging.Replace("orbit-infra:app: orbit", "orbit-infra:app: Orbit", StringComparison.Ordinal);

        var d = Assert.Single(StackSettingsParser.Parse("staging", TestStacks.Config(yaml)).Errors);

        Assert.Equal("orbit-infra:app", d.Location);
        Assert.Contains("lower-case", d.Message, StringComparison.Ordinal);
        Assert.Contains("\"orbit\"", d.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("DNS", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hostname_that_is_wrong_otherwise_gets_no_lower_case_hint()
    {
        var yaml = TestStacks.MinimalStaging.Replace("staging.orbit.example.test", "https://Staging.Orbit.Example.Test", StringComparison.Ordinal);

        var d = Assert.Single(StackSettingsParser.Parse("staging", TestStacks.Config(yaml)).Errors);

        Assert.DoesNotContain("lower-case", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_uptime_check_with_an_unknown_key_names_it_and_the_keys_allowed()
    {
        var d = Single("  orbit-infra:uptime:\n    checks:\n      - path: /x\n        keywrd: ok");

        Assert.Equal("orbit-infra:uptime.checks[0]", d.Location);
        Assert.Contains("unknown key 'keywrd'", d.Message, StringComparison.Ordinal);
        Assert.Contains("path (required), keyword, database", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_uptime_check_without_path_says_so_and_suggests_one()
    {
        var d = Single("  orbit-infra:uptime:\n    checks: [{url: /health}]");

        Assert.Equal("orbit-infra:uptime.checks[0]", d.Location);
        Assert.Contains("unknown key 'url'", d.Message, StringComparison.Ordinal);
        Assert.Contains("no path", d.Message, StringComparison.Ordinal);
        Assert.Contains("{path: /health}", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("      - path: https://x.example.com/", "path: \"https://x.example.com/\"", "starting with '/'")]
    [InlineData("      - login", "\"login\"", "starting with '/'")]
    [InlineData("      - path: /api/health/db\n        database: yes", "database: \"yes\"", "true or false")]
    [InlineData("      - path: /api/health/db\n        keyword: \"\"", "keyword: is empty", "1 to 255 characters")]
    public void A_bad_field_of_an_uptime_check_names_the_field_and_what_is_allowed(string item, string named, string allowed)
    {
        var d = Single("  orbit-infra:uptime:\n    checks:\n" + item);

        Assert.Equal("orbit-infra:uptime.checks[0]", d.Location);
        Assert.Contains(named, d.Message, StringComparison.Ordinal);
        Assert.Contains(allowed, d.Message, StringComparison.Ordinal);
    }
}
