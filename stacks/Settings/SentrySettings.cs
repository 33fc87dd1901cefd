namespace Infra.Stacks.Settings;

/// <summary>Sentry settings of a stack (<c>sentry.*</c>).</summary>
public sealed record SentrySettings(
    string Organization,
    string Team,
    bool ManageTeam,
    int P1EventsPerHour,
    int ErrorSpikePerHour,
    int SlowP95Milliseconds,
    int SlowWindowMinutes,
    long? SlackIntegrationId)
{
    public static SentrySettings Read(SettingsReader r, string app, bool production) => new(
        r.RequiredText("sentry.organization", Allowed.IsSlug, Allowed.SlugText),
        r.Text("sentry.team", app, Allowed.IsSlug, Allowed.SlugText),
        r.Bool("sentry.manageTeam", production),
        (int)r.WholeNumber("sentry.p1EventsPerHour", 10, 1, 100_000),
        (int)r.WholeNumber("sentry.errorSpikePerHour", 100, 1, 1_000_000),
        (int)r.WholeNumber("sentry.slowP95Ms", 5000, 100, 600_000),
        (int)r.Choice("sentry.slowWindowMinutes", 10L, Allowed.SentryTimeWindows),
        r.OptionalWholeNumber("sentry.slackIntegrationId", 1, long.MaxValue));
}
