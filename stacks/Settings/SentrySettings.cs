using Infra.Stacks.Settings.Catalog;

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

    /// <summary>Whether the stack has Sentry (<c>sentry.enabled</c>).</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>The project's slug (<c>sentry.projectSlug</c>).</summary>
    public string ProjectSlug { get; init; } = "";

    public static SentrySettings Read(SettingsReader r)
    {
        var settings = new SentrySettings(
            r.Text(SentryKeys.Organization),
            r.Text(SentryKeys.Team),
            r.Bool(SentryKeys.ManageTeam),
            r.Text(SentryKeys.Environment),
            (int)r.WholeNumber(SentryKeys.P1EventsPerHour),
            (int)r.WholeNumber(SentryKeys.ErrorSpikePercent),
            (int)r.WholeNumber(SentryKeys.ErrorFloorPerHour),
            (int)r.WholeNumber(SentryKeys.SlowP95Ms),
            (int)r.WholeNumber(SentryKeys.SlowWindowMinutes),
            r.OptionalWholeNumber(SentryKeys.SlackIntegrationId),
            r.Bool(SentryKeys.UploadSourceMaps))
        {
            Enabled = r.Bool(SentryKeys.Enabled),
            ProjectSlug = r.Text(SentryKeys.ProjectSlug),
        };
        if (settings.Enabled && !r.Has(SentryKeys.Organization))
        {
            r.Missing(SentryKeys.Organization.Key, SentryKeys.Organization.Rule.Text + " (or sentry.enabled: false)");
        }

        if (settings.Enabled && settings.UploadSourceMaps)
        {
            r.SecretKey(SourceMapsTokenKey, "the source-map upload token the build reads (sentry.uploadSourceMaps: true; a Sentry organization token with the org:ci scope, not the token Pulumi uses)");
        }

        return settings;
    }
}
