namespace Infra.Components;

/// <summary>What a stack's error tracking is made of, and the thresholds of its alert rules.</summary>
/// <param name="Organization">The Sentry organization slug.</param>
/// <param name="TeamSlug">The app's team (one per app).</param>
/// <param name="ManageTeam">Whether this stack creates the team; other stacks of the app read it.</param>
/// <param name="ProjectSlug">The project of this app and stack (<c>luma</c>, <c>luma-staging</c>).</param>
/// <param name="Environment">The Sentry environment the app reports and the rules filter on: the stack name.</param>
/// <param name="Routing">Where alerts go.</param>
public sealed record SentryErrorsArgs(
    string Organization,
    string TeamSlug,
    bool ManageTeam,
    string ProjectSlug,
    string Environment,
    AlertRouting Routing)
{
    public string Platform { get; init; } = "javascript-nextjs";

    /// <summary>P1: an issue seen more than this many times in an hour.</summary>
    public int P1EventsPerHour { get; init; } = 10;

    /// <summary>Error spike: more errors than this in an hour (a fixed threshold; see docs/settings.md).</summary>
    public int ErrorSpikePerHour { get; init; } = 100;

    /// <summary>Slow: transaction p95 above this many milliseconds ...</summary>
    public int SlowP95Milliseconds { get; init; } = 5000;

    /// <summary>... over this many minutes.</summary>
    public int SlowWindowMinutes { get; init; } = 10;

    /// <summary>The Slack integration's numeric id for metric alerts; null reads it from the integration lookup.</summary>
    public long? SlackIntegrationId { get; init; }
}
