using System.Globalization;
using Infra.Expressions;
using Infra.Graph;
using Infra.Providers.Sentry;

namespace Infra.Components;

/// <summary>
/// The alert rules of PLATFORM.md, built from typed conditions, filters and actions. None filters on
/// an environment (each stack has its own project, and Sentry refuses a rule filtered to an
/// environment that has not received an event), so every rule is created on the first <c>up</c>:
/// <list type="bullet">
/// <item>P0: a new, regressed or escalating issue at level fatal or tagged <c>severity:p0</c>, at once;</item>
/// <item>P1: an error-level issue (not warnings) seen more than N times in an hour;</item>
/// <item>error spike: the hour's errors a percentage above the previous hour's (Slack only), and its
/// fixed floor, error volume: more than F errors in an hour (emails people);</item>
/// <item>slow: p95 of server transactions, from spans, over a long window;</item>
/// <item>P2/P3: a new-issue feed to Slack (Sentry cannot send a daily digest).</item>
/// </list>
/// </summary>
internal sealed class AlertRules(ProgramBuilder builder, ComponentPath path, SentryErrorsArgs args, SentryProject project, Input<string> teamId, Input<string> slackId, Input<long> slackIntegrationId)
{
    public void Declare()
    {
        Issue("p0", "P0: new or returning fatal/severity:p0 issue", AlertClass.P0, frequencyMinutes: 5,
            conditions: [new FirstSeenEvent(), new RegressionEvent(), new ReappearedEvent()],
            filters: [new LevelFilter(SentryLevel.Fatal, LevelMatch.Equal), new TaggedEventFilter("severity", "p0")],
            filterMatch: "any", actionMatch: "any");

        Issue("p1", $"P1: error issue seen more than {args.P1EventsPerHour} times in 1h", AlertClass.P1, frequencyMinutes: 60,
            conditions: [new EventFrequency(args.P1EventsPerHour, "1h")],
            filters: [new LevelFilter(SentryLevel.Error, LevelMatch.AtLeast)],
            filterMatch: "all", actionMatch: "all");

        Issue("new-issues", "P2/P3: new issue feed (Slack, as they happen)", AlertClass.NewIssues, frequencyMinutes: 30,
            conditions: [new FirstSeenEvent()],
            filters: [new LevelFilter(SentryLevel.Error, LevelMatch.AtMost)],
            filterMatch: "all", actionMatch: "all");

        // A comparison alert's threshold is a percent change on the same hour a day earlier (so the
        // daily traffic ramp does not look like a spike). Sentry compares one aggregate per rule, so
        // the fixed floor is a second rule, error-volume, and only that one emails people.
        Metric("error-spike", $"Error spike: errors up {args.ErrorSpikePercent}% on the day before", AlertClass.ErrorSpike,
            ErrorCount(windowMinutes: 60) with { ComparisonDeltaMinutes = 1440 }, threshold: args.ErrorSpikePercent);

        Metric("error-volume", $"Error volume: more than {args.ErrorFloorPerHour} errors in 1h", AlertClass.ErrorVolume,
            ErrorCount(windowMinutes: 60), threshold: args.ErrorFloorPerHour);

        // Transaction alerts on the transactions dataset are refused by sentry.io; span-based alerts on
        // events_analytics_platform with is_transaction:true are what it accepts (review sentry.md D3).
        Metric("slow", $"Slow: p95 of requests over {Seconds(args.SlowP95Milliseconds)} s for {args.SlowWindowMinutes} min", AlertClass.Slow,
            new MetricQuery("p95(span.duration)", "is_transaction:true span.op:http.server", "events_analytics_platform", "trace_item_span", args.SlowWindowMinutes),
            threshold: args.SlowP95Milliseconds);
    }

    private static MetricQuery ErrorCount(int windowMinutes) => new("count()", "is:unresolved", "events", "error", windowMinutes);

    private void Issue(
        string id, string title, AlertClass alert, long frequencyMinutes,
        IReadOnlyList<IssueAlertCondition> conditions, IReadOnlyList<IssueAlertFilter> filters, string filterMatch, string actionMatch)
    {
        List<IssueAlertAction> actions = [new SlackNotify(slackId, Channel(id, alert))];
        if (args.Routing.EmailsPeople(alert))
        {
            actions.Add(new NotifyTeamEmail(teamId));
        }

        builder.Add(new SentryIssueAlert(path.Name("alert-" + id), args.Organization, project.SlugOutput, RuleName(title))
        {
            FrequencyMinutes = frequencyMinutes,
            Conditions = conditions,
            Filters = filters,
            FilterMatch = filterMatch,
            ActionMatch = actionMatch,
            Actions = actions,
        });
    }

    private void Metric(string id, string title, AlertClass alert, MetricQuery query, int threshold)
    {
        List<MetricAlertAction> actions = [MetricAlertAction.Slack(slackIntegrationId, Channel(id, alert))];
        if (args.Routing.EmailsPeople(alert))
        {
            actions.Add(MetricAlertAction.TeamEmail(teamId));
        }

        builder.Add(new SentryMetricAlert(path.Name("alert-" + id), args.Organization, project.SlugOutput, RuleName(title))
        {
            Aggregate = query.Aggregate,
            Query = query.Query,
            Dataset = query.Dataset,
            EventTypes = [query.EventType],
            TimeWindowMinutes = query.WindowMinutes,
            ComparisonDeltaMinutes = query.ComparisonDeltaMinutes is { } delta ? new Input<double>(delta) : null,
            ThresholdType = 0,
            Triggers = [new MetricAlertTrigger("critical", threshold, actions)],
        });
    }

    /// <summary>The channel of the class; a rule needs its id (see <see cref="SlackNotify"/>).</summary>
    private SlackChannel Channel(string rule, AlertClass alert)
    {
        var channel = args.Routing.SlackChannel(alert);
        if (channel.Id is null)
        {
            builder.Report(Diagnostic.Error(DiagnosticCodes.SlackChannelWithoutId, path.Name("alert-" + rule), $"Slack channel {channel.Name} has no id; Sentry rules need it (Slack: channel details, Channel ID)"));
        }

        return channel;
    }

    /// <summary>The rule's name: the stack and the title; Sentry refuses names over 64 characters.</summary>
    private string RuleName(string title)
    {
        var name = $"[{args.Stack}] {title}";
        if (name.Length > MaxNameLength)
        {
            builder.Report(Diagnostic.Error(DiagnosticCodes.RuleNameTooLong, path.Value, $"rule name '{name}' is longer than Sentry's {MaxNameLength} characters; use a shorter stack name"));
        }

        return name;
    }

    private const int MaxNameLength = 64;

    private static string Seconds(int milliseconds) => (milliseconds / 1000.0).ToString("0.##", CultureInfo.InvariantCulture);
}
