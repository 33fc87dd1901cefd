namespace Infra.Stacks.Settings;

/// <summary>Sentry settings of a stack (<c>sentry.*</c>).</summary>
public sealed record SentrySettings(
    string Organization,
    string Team,
    bool ManageTeam,
    string Environment,
    int P1EventsPerHour,
    int ErrorSpikePercent,
    int ErrorFloorPerHour,
    int SlowP95Milliseconds,
    int SlowWindowMinutes,
    long? SlackIntegrationId,
    bool UploadSourceMaps)
{
    /// <summary>The secret stack config key holding the source-map upload token the build reads as <c>SENTRY_AUTH_TOKEN</c>.</summary>
    public const string SourceMapsTokenKey = "SENTRY_AUTH_TOKEN";

    public static SentrySettings Read(SettingsReader r, string app, bool production)
    {
        var settings = new SentrySettings(
            r.RequiredText("sentry.organization", Allowed.IsSlug, Allowed.SlugText),
            r.Text("sentry.team", app, Allowed.IsSlug, Allowed.SlugText),
            r.Bool("sentry.manageTeam", production),
            r.Text("sentry.environment", "production", Allowed.IsSentryEnvironment, Allowed.SentryEnvironmentText),
            (int)r.WholeNumber("sentry.p1EventsPerHour", 10, 1, 100_000),
            (int)r.WholeNumber("sentry.errorSpikePercent", 900, 100, 100_000),
            (int)r.WholeNumber("sentry.errorFloorPerHour", 50, 1, 1_000_000),
            (int)r.WholeNumber("sentry.slowP95Ms", 5000, 100, 600_000),
            (int)r.Choice("sentry.slowWindowMinutes", 60L, Allowed.SentrySpanWindows),
            r.OptionalWholeNumber("sentry.slackIntegrationId", 1, long.MaxValue),
            r.Bool("sentry.uploadSourceMaps", true));
        if (settings.UploadSourceMaps)
        {
            r.SecretKey(SourceMapsTokenKey, "the source-map upload token the build reads (sentry.uploadSourceMaps: true; a Sentry organization token with the org:ci scope, not the token Pulumi uses)");
        }

        return settings;
    }
}
