using System.Globalization;
using Infra.Expressions;
using Infra.Graph;
using Infra.Providers.Sentry;

namespace Infra.Components;

/// <summary>
/// The alert rules of PLATFORM.md, built from typed conditions, filters and actions:
/// P0 (new fatal or <c>severity:p0</c> issue, at once), P1 (an issue seen often), error spike and
/// slow transactions (metric alerts), and the P2/P3 daily digest.
/// </summary>
internal sealed class AlertRules(ProgramBuilder builder, ComponentPath path, SentryErrorsArgs args, SentryProject project, Input<string> teamId, Input<string> slackId, Input<long> slackIntegrationId)
{
    private const long DigestMinutes = 24 * 60;

    public void Declare()
    {
        Issue("p0", "P0: new fatal or severity:p0 issue", AlertClass.P0, frequencyMinutes: 5,
            conditions: [new FirstSeenEvent(), new RegressionEvent()],
            filters: [new LevelFilter(SentryLevel.Fatal, LevelMatch.Equal), new TaggedEventFilter("severity", "p0")],
            filterMatch: "any");

        Issue("p1", $"P1: issue seen more than {args.P1EventsPerHour} times in an hour", AlertClass.P1, frequencyMinutes: 60,
            conditions: [new EventFrequency(args.P1EventsPerHour, "1h")],
            filters: [],
            filterMatch: "all");

        Issue("digest", "P2/P3: daily digest of new issues", AlertClass.Digest, frequencyMinutes: DigestMinutes,
            conditions: [new FirstSeenEvent()],
            filters: [new LevelFilter(SentryLevel.Error, LevelMatch.AtMost)],
            filterMatch: "all");

        Metric("error-spike", $"Error spike: more than {args.ErrorSpikePerHour} errors in an hour", AlertClass.ErrorSpike,
            aggregate: "count()", query: "event.type:error", dataset: "events", windowMinutes: 60, threshold: args.ErrorSpikePerHour);

        Metric("slow", $"Slow: p95 transaction duration over {Seconds(args.SlowP95Milliseconds)} s for {args.SlowWindowMinutes} minutes", AlertClass.Slow,
            aggregate: "p95(transaction.duration)", query: "event.type:transaction", dataset: "transactions", windowMinutes: args.SlowWindowMinutes, threshold: args.SlowP95Milliseconds);
    }

    private void Issue(string id, string title, AlertClass alert, long frequencyMinutes, IReadOnlyList<IssueAlertPart> conditions, IReadOnlyList<IssueAlertPart> filters, string filterMatch)
    {
        List<IssueAlertPart> actions = [new SlackNotify(slackId, args.Routing.SlackChannel(alert))];
        if (args.Routing.EmailsPeople(alert))
        {
            actions.Add(new NotifyTeamEmail(teamId));
        }

        builder.Add(new SentryIssueAlert(path.Name("alert-" + id), args.Organization, project.SlugOutput, RuleName(title))
        {
            Environment = args.Environment,
            FrequencyMinutes = frequencyMinutes,
            Conditions = conditions,
            Filters = filters,
            FilterMatch = filterMatch,
            ActionMatch = "any",
            Actions = actions,
        });
    }

    private void Metric(string id, string title, AlertClass alert, string aggregate, string query, string dataset, int windowMinutes, int threshold)
    {
        List<MetricAlertAction> actions = [MetricAlertAction.Slack(slackIntegrationId, args.Routing.SlackChannel(alert))];
        if (args.Routing.EmailsPeople(alert))
        {
            actions.Add(MetricAlertAction.TeamEmail(teamId));
        }

        builder.Add(new SentryMetricAlert(path.Name("alert-" + id), args.Organization, project.SlugOutput, RuleName(title))
        {
            Aggregate = aggregate,
            Query = query,
            Dataset = dataset,
            Environment = args.Environment,
            TimeWindowMinutes = windowMinutes,
            ThresholdType = 0,
            Triggers = [new MetricAlertTrigger("critical", threshold, actions)],
        });
    }

    private string RuleName(string title) => $"[{args.Environment}] {title}";

    private static string Seconds(int milliseconds) => (milliseconds / 1000.0).ToString("0.##", CultureInfo.InvariantCulture);
}
