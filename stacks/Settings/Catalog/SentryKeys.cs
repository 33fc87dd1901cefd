namespace Infra.Stacks.Settings.Catalog;

/// <summary>The Sentry project and its alert rules (<c>sentry.*</c>).</summary>
public static class SentryKeys
{
    public static Setting Enabled { get; } = new("sentry.enabled", SettingKind.Boolean, Rules.Boolean,
        "the Sentry project, its client key and alert rules; `false` for an app without Sentry (no Sentry resource, no `SENTRY_*` variable)")
    {
        Default = "true",
    };

    public static Setting Organization { get; } = new("sentry.organization", SettingKind.Text, Slug(), "the organization slug")
    {
        DefaultDoc = "none; **required** with `sentry.enabled`",
        Example = "example",
    };

    public static Setting ProjectSlug { get; } = new("sentry.projectSlug", SettingKind.Text, Slug(), "the Sentry project's slug (and name)")
    {
        Default = "{resource}",
    };

    public static Setting Team { get; } = new("sentry.team", SettingKind.Text, Slug(), "a slug: the app's team")
    {
        Default = "{app}",
    };

    public static Setting ManageTeam { get; } = new("sentry.manageTeam", SettingKind.Boolean, Rules.Boolean,
        "whether this stack creates the team; the others read it (one team per app, owned by one stack)")
    {
        Default = "true",
        StagingDefault = "false",
    };

    public static Setting Environment { get; } = new("sentry.environment", SettingKind.Text, Rules.Like(Allowed.SentryEnvironmentRegex, Allowed.SentryEnvironmentText),
        "the environment the app's Sentry SDK reports, sent as `NEXT_PUBLIC_SENTRY_ENVIRONMENT`; no rule filters on it (see *Sentry rules*)")
    {
        Default = "production",
    };

    public static Setting P1EventsPerHour { get; } = new("sentry.p1EventsPerHour", SettingKind.WholeNumber, Rules.Between(1, 100_000),
        "P1: an error-level issue seen more than this many times in an hour")
    {
        Default = "10",
    };

    public static Setting ErrorSpikePercent { get; } = new("sentry.errorSpikePercent", SettingKind.WholeNumber, Rules.Between(100, 100_000),
        "error spike: an hour's errors up this many percent on the same hour the day before (`900` is ten times)")
    {
        Default = "900",
    };

    public static Setting ErrorFloorPerHour { get; } = new("sentry.errorFloorPerHour", SettingKind.WholeNumber, Rules.Between(1, 1_000_000),
        "error volume: more errors than this in an hour, the fixed floor that emails people")
    {
        Default = "50",
    };

    public static Setting SlowP95Ms { get; } = new("sentry.slowP95Ms", SettingKind.WholeNumber, Rules.Between(100, 600_000),
        "slow: p95 of server transactions above this many milliseconds")
    {
        Default = "5000",
    };

    public static Setting SlowWindowMinutes { get; } = new("sentry.slowWindowMinutes", SettingKind.WholeNumber, Rules.OneOfInOrder(Allowed.SentrySpanWindows.Keys),
        "the slow rule's window in minutes (span alerts take at least 5)")
    {
        Default = "60",
    };

    public static Setting SlackIntegrationId { get; } = new("sentry.slackIntegrationId", SettingKind.WholeNumber, Rules.Between(1, long.MaxValue),
        "the Slack integration's numeric id, for metric alerts")
    {
        DefaultDoc = "none (the Slack integration lookup's id, parsed as an integer)",
        Example = "123456",
    };

    public static Setting UploadSourceMaps { get; } = new("sentry.uploadSourceMaps", SettingKind.Boolean, Rules.Boolean,
        "send the build a source-map upload token as `SENTRY_AUTH_TOKEN`, from the secret config key `SENTRY_AUTH_TOKEN`")
    {
        Default = "true",
    };

    public static IReadOnlyList<Setting> All { get; } =
        [Enabled, Organization, ProjectSlug, Team, ManageTeam, Environment, P1EventsPerHour, ErrorSpikePercent, ErrorFloorPerHour, SlowP95Ms, SlowWindowMinutes, SlackIntegrationId, UploadSourceMaps];

    private static Rule Slug() => Rules.Like(Allowed.SlugRegex, Allowed.SlugText);
}
