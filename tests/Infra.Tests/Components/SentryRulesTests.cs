using Infra.Expressions;
using Infra.Graph;
using Infra.Model;
using Infra.Providers.Sentry;
using Infra.Providers.Vercel;
using Infra.Tests.Support;
using Xunit;

namespace Infra.Tests.Components;

/// <summary>
/// The Sentry rules of each stack (on the tests' own fixture project): what each one matches, its
/// thresholds and where it sends; none depends on an environment that may not exist yet.
/// </summary>
public sealed class SentryRulesTests
{
    private static readonly Lazy<ProgramGraph> Prod = new(() => FixturePrograms.Program("prod"));
    private static readonly Lazy<ProgramGraph> Staging = new(() => FixturePrograms.Program("staging"));

    private static ProgramGraph Of(string stack) => stack == "prod" ? Prod.Value : Staging.Value;

    private static ObjectExpr Inputs(ProgramGraph program, string name) => program.FindResource(name)!.Inputs();

    private static List<ObjectExpr> Items(ObjectExpr inputs, string key) => [.. ((ListExpr)inputs[key]!).Items.Cast<ObjectExpr>()];

    private static List<ObjectExpr> MetricActions(ObjectExpr alert)
    {
        var trigger = Assert.Single(Items(alert, "triggers"));
        return Items(trigger, "actions");
    }

    private static ObjectExpr Part(string kind, params (string Key, Expr Value)[] fields) => ObjectExpr.From((kind, ObjectExpr.From(fields)));

    private static ObjectExpr Slack(string channel, string id) => Part("slackNotifyService",
        ("workspace", new Ref("sentry-slack", "id")), ("channel", channel), ("channelId", id), ("tags", ListExpr.Of("environment", "level")));

    private static readonly ObjectExpr TeamEmail = Part("notifyEmail",
        ("targetType", "Team"), ("targetIdentifier", new Ref("sentry-team", "internalId")), ("fallthroughType", "ActiveMembers"));

    [Theory]
    [InlineData("prod")]
    [InlineData("staging")]
    public void Six_rules_none_filtered_to_an_environment(string stack)
    {
        var rules = Of(stack).Resources.Where(r => r is SentryIssueAlert or SentryMetricAlert).ToList();

        Assert.Equal(
            ["sentry-alert-p0", "sentry-alert-p1", "sentry-alert-new-issues", "sentry-alert-error-spike", "sentry-alert-error-volume", "sentry-alert-slow"],
            rules.Select(r => r.Name));
        Assert.All(rules, r => Assert.Null(r.Inputs()["environment"]));
        Assert.All(rules, r => Assert.StartsWith($"[{stack}] ", ((StringLit)r.Inputs()["name"]!).Value, StringComparison.Ordinal));
        Assert.All(rules, r => Assert.True(((StringLit)r.Inputs()["name"]!).Value.Length <= 64, "Sentry limits rule names to 64 characters"));
    }

    [Fact]
    public void P0_is_a_new_regressed_or_escalating_fatal_or_severity_p0_issue_to_slack_and_email_at_once()
    {
        var p0 = Inputs(Prod.Value, "sentry-alert-p0");

        Assert.Equal(new IntLit(5), p0["frequency"]);
        Assert.Equal(new StringLit("any"), p0["actionMatch"]);
        Assert.Equal([Part("firstSeenEvent"), Part("regressionEvent"), Part("reappearedEvent")], Items(p0, "conditionsV2s"));
        Assert.Equal(new StringLit("any"), p0["filterMatch"]);
        Assert.Equal(
            [Part("level", ("level", "fatal"), ("match", "EQUAL")), Part("taggedEvent", ("key", "severity"), ("match", "EQUAL"), ("value", "p0"))],
            Items(p0, "filtersV2s"));
        Assert.Equal([Slack("#incidents", "C0ACMEP000"), TeamEmail], Items(p0, "actionsV2s"));
    }

    [Fact]
    public void P1_is_an_error_level_issue_seen_more_than_n_times_in_an_hour()
    {
        var p1 = Inputs(Prod.Value, "sentry-alert-p1");

        Assert.Equal([Part("eventFrequency", ("comparisonType", "count"), ("interval", "1h"), ("value", 10L))], Items(p1, "conditionsV2s"));
        Assert.Equal([Part("level", ("level", "error"), ("match", "GREATER_OR_EQUAL"))], Items(p1, "filtersV2s"));
        Assert.Equal(new StringLit("all"), p1["filterMatch"]);
        Assert.Equal([Slack("#alerts", "C0ACMEP100"), TeamEmail], Items(p1, "actionsV2s"));
    }

    [Fact]
    public void P2_p3_is_a_new_issue_feed_to_slack_only_and_never_called_a_digest()
    {
        var feed = Inputs(Prod.Value, "sentry-alert-new-issues");

        Assert.Equal([Part("firstSeenEvent")], Items(feed, "conditionsV2s"));
        Assert.Equal([Part("level", ("level", "error"), ("match", "LESS_OR_EQUAL"))], Items(feed, "filtersV2s"));
        Assert.Equal([Slack("#alerts-new-issues", "C0ACMENEW0")], Items(feed, "actionsV2s"));
        Assert.DoesNotContain("digest", ((StringLit)feed["name"]!).Value, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_spike_is_a_percent_change_on_the_previous_hour_and_its_fixed_floor_emails_people()
    {
        var spike = Inputs(Prod.Value, "sentry-alert-error-spike");
        var volume = Inputs(Prod.Value, "sentry-alert-error-volume");

        foreach (var rule in new[] { spike, volume })
        {
            Assert.Equal(new StringLit("count()"), rule["aggregate"]);
            Assert.Equal(new StringLit("events"), rule["dataset"]);
            Assert.Equal(ListExpr.Of("error"), rule["eventTypes"]);
            Assert.Equal(new StringLit("is:unresolved"), rule["query"]);
            Assert.Equal(new NumberLit(60), rule["timeWindow"]);
        }

        Assert.Equal(new IntLit(1440), spike["comparisonDelta"]);
        Assert.Equal(new NumberLit(900), Assert.Single(Items(spike, "triggers"))["alertThreshold"]);
        Assert.Equal([new StringLit("slack")], MetricActions(spike).Select(a => a["type"]));
        Assert.Null(volume["comparisonDelta"]);
        Assert.Equal(new NumberLit(50), Assert.Single(Items(volume, "triggers"))["alertThreshold"]);
        Assert.Equal([new StringLit("slack"), new StringLit("email")], MetricActions(volume).Select(a => a["type"]));
    }

    [Fact]
    public void Slow_is_p95_of_server_transactions_from_spans_over_an_hour_to_slack_only()
    {
        var slow = Inputs(Prod.Value, "sentry-alert-slow");

        Assert.Equal(new StringLit("events_analytics_platform"), slow["dataset"]);
        Assert.Equal(new StringLit("p95(span.duration)"), slow["aggregate"]);
        Assert.Equal(new StringLit("is_transaction:true span.op:http.server"), slow["query"]);
        Assert.Equal(ListExpr.Of("trace_item_span"), slow["eventTypes"]);
        Assert.Equal(new NumberLit(60), slow["timeWindow"]);
        Assert.Equal(new NumberLit(5000), Assert.Single(Items(slow, "triggers"))["alertThreshold"]);
        var action = Assert.Single(MetricActions(slow));
        Assert.Equal(ObjectExpr.From(("type", "slack"), ("targetType", "specific"), ("targetIdentifier", "#alerts"),
            ("integrationId", new Ref("sentry-slack-integration-id")), ("inputChannelId", "C0ACMEP100")), action);
    }

    [Fact]
    public void Staging_rules_go_only_to_the_quiet_channel_and_email_nobody()
    {
        var program = Staging.Value;

        foreach (var name in new[] { "sentry-alert-p0", "sentry-alert-p1", "sentry-alert-new-issues" })
        {
            Assert.Equal([Slack("#alerts-staging", "C0ACMEQUIET")], Items(Inputs(program, name), "actionsV2s"));
        }

        foreach (var name in new[] { "sentry-alert-error-spike", "sentry-alert-error-volume", "sentry-alert-slow" })
        {
            var action = Assert.Single(MetricActions(Inputs(program, name)));
            Assert.Equal((new StringLit("#alerts-staging"), new StringLit("C0ACMEQUIET")), (action["targetIdentifier"], action["inputChannelId"]));
        }
    }

    [Fact]
    public void Productions_team_project_and_key_are_protected_and_retained_and_stagings_are_not()
    {
        foreach (var name in new[] { "sentry-team", "sentry-project", "sentry-key" })
        {
            Assert.Equal((true, true), (Prod.Value.FindResource(name)!.Options.Protect, Prod.Value.FindResource(name)!.Options.RetainOnDelete));
        }

        Assert.All(Staging.Value.Resources.Where(r => r.Package == "sentry"), r => Assert.False(r.Options.Protect, r.Name));
    }

    [Fact]
    public void Sentrys_default_rule_and_key_are_switched_off_and_the_managed_key_is_not_named_default()
    {
        var project = Inputs(Prod.Value, "sentry-project");

        Assert.Equal((new BoolLit(false), new BoolLit(false)), (project["defaultRules"], project["defaultKey"]));
        Assert.NotEqual(new StringLit("Default"), Inputs(Prod.Value, "sentry-key")["name"]);
    }

    [Theory]
    [InlineData("prod")]
    [InlineData("staging")]
    public void The_app_reports_the_environment_of_the_setting_and_gets_the_public_dsn(string stack)
    {
        var program = Of(stack);

        Assert.Equal(new StringLit("production"), Variable(program, "NEXT_PUBLIC_SENTRY_ENVIRONMENT")["value"]);
        Assert.Equal(new UnsecretExpr(new Ref("sentry-key", "dsn[\"public\"]")), Variable(program, "NEXT_PUBLIC_SENTRY_DSN")["value"]);
        Assert.Equal(new BoolLit(false), Variable(program, "NEXT_PUBLIC_SENTRY_DSN")["sensitive"]);
        var settings = FixturePrograms.Settings(stack, text => text.Replace("    organization: acme\n", "    organization: acme\n    environment: qa\n", StringComparison.Ordinal));
        Assert.Equal(new StringLit("qa"), Variable(FixturePrograms.Program(settings), "NEXT_PUBLIC_SENTRY_ENVIRONMENT")["value"]);
    }

    [Fact]
    public void The_build_gets_a_sensitive_source_map_token_from_secret_config()
    {
        var token = Variable(Prod.Value, "SENTRY_AUTH_TOKEN");

        Assert.Equal(new Ref("SENTRY_AUTH_TOKEN"), token["value"]);
        Assert.Equal(new BoolLit(true), token["sensitive"]);
        Assert.True(Prod.Value.Config.Single(c => c.Name == "SENTRY_AUTH_TOKEN").Secret);
        Assert.Equal(ListExpr.Of("production"), token["targets"]);
    }

    [Fact]
    public void A_rule_channel_without_its_id_is_one_settings_error()
    {
        var errors = FixturePrograms.Errors("staging", text => text.Replace("    channelIds:\n      quiet: C0ACMEQUIET\n", "", StringComparison.Ordinal));

        var error = Assert.Single(errors);
        Assert.Equal($"{FixtureProject.Name}:alerts.channelIds.quiet", error.Location);
        Assert.Contains("#alerts-staging", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_used_channel_without_its_id_is_an_error_of_the_program()
    {
        var settings = FixturePrograms.Settings("staging");
        var quiet = settings.Alerts.Channels.Quiet with { Id = null };

        var result = Infra.Stacks.Composition.StackComposer.Compose(settings with { Alerts = settings.Alerts with { Channels = settings.Alerts.Channels with { Quiet = quiet } } });

        Assert.Null(result.Program);
        Assert.Equal(6, result.Diagnostics.Count(d => d.Code == DiagnosticCodes.SlackChannelWithoutId && d.Location.StartsWith("sentry-", StringComparison.Ordinal)));
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.SlackChannelWithoutId && d.Location == "alerts-slack-quiet");
    }

    [Fact]
    public void A_rule_name_over_sentrys_64_characters_is_an_error()
    {
        var settings = FixturePrograms.Settings("staging") with { Stack = "a-stack-name-long-enough-to-push-rule-names-over" };

        var result = Infra.Stacks.Composition.StackComposer.Compose(settings);

        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.RuleNameTooLong);
    }

    [Fact]
    public void No_token_of_the_old_pulumiverse_package_is_left()
    {
        foreach (var program in new[] { Prod.Value, Staging.Value })
        {
            var tokens = program.Resources.Select(r => r.Type)
                .Concat(program.Variables.SelectMany(v => v.Value.Walk()).OfType<InvokeExpr>().Select(i => i.Function))
                .Where(t => t.StartsWith("sentry:", StringComparison.Ordinal))
                .ToList();
            Assert.NotEmpty(tokens);
            Assert.All(tokens, t => Assert.DoesNotMatch("^sentry:index/(sentry|getSentry)", t));
        }

        var sources = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "infra"), "*.cs", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "stacks"), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        Assert.All(sources, f => Assert.DoesNotMatch("sentry:index/(sentry|getSentry)", File.ReadAllText(f)));
    }

    private static ObjectExpr Variable(ProgramGraph program, string key) =>
        program.Resources.OfType<ProjectEnvironmentVariable>().Select(v => v.Inputs()).Single(v => v["key"] == new StringLit(key));
}
