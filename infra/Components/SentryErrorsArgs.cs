namespace Infra.Components;

/// <summary>What a stack's error tracking is made of, and the thresholds of its alert rules.</summary>
/// <param name="Organization">The Sentry organization slug.</param>
/// <param name="TeamSlug">The app's team (one per app).</param>
/// <param name="ManageTeam">Whether this stack creates the team; other stacks of the app read it.</param>
/// <param name="ProjectSlug">The project of this app and stack (<c>luma</c>, <c>luma-staging</c>).</param>
/// <param name="Stack">The stack, shown in rule names (rules never filter on an environment).</param>
/// <param name="Routing">Where alerts go.</param>
public sealed record SentryErrorsArgs(
    string Organization,
    string TeamSlug,
    bool ManageTeam,
    string ProjectSlug,
    string Stack,
    AlertRouting Routing)
{
    public string Platform { get; init; } = "javascript-nextjs";

    /// <summary>Protect and retain the team, project and key (production: the error history and the DSN in deployed bundles).</summary>
    public bool Protect { get; init; }

    /// <summary>P1: an error-level issue seen more than this many times in an hour.</summary>
    public int P1EventsPerHour { get; init; } = 10;

    /// <summary>Error spike: the hour's errors up this many percent on the previous hour (900: ten times).</summary>
    public int ErrorSpikePercent { get; init; } = 900;

    /// <summary>Error volume: more errors than this in an hour (the fixed floor that emails people).</summary>
    public int ErrorFloorPerHour { get; init; } = 50;

    /// <summary>Slow: p95 of server transactions above this many milliseconds ...</summary>
    public int SlowP95Milliseconds { get; init; } = 5000;

    /// <summary>... over this many minutes (long enough that one cold start does not alarm).</summary>
    public int SlowWindowMinutes { get; init; } = 60;

    /// <summary>The Slack integration's numeric id for metric alerts; null reads it from the integration lookup.</summary>
    public long? SlackIntegrationId { get; init; }
}
