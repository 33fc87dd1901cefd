namespace Infra.Components;

/// <summary>The kinds of alert the platform raises, each routed by <see cref="AlertRouting"/>.</summary>
public enum AlertClass
{
    /// <summary>Critical: a new, regressed or escalating fatal or <c>severity:p0</c> issue.</summary>
    P0,

    /// <summary>High: an error-level issue seen often.</summary>
    P1,

    /// <summary>Errors many times the previous hour's (Slack only).</summary>
    ErrorSpike,

    /// <summary>More errors in an hour than the fixed floor (emails people).</summary>
    ErrorVolume,

    /// <summary>Slow server transactions (a warning).</summary>
    Slow,

    /// <summary>P2/P3: each new issue as it happens (Sentry has no daily digest), Slack only.</summary>
    NewIssues,

    /// <summary>The site or an endpoint is down. Pages in production.</summary>
    Downtime,

    /// <summary>Slow responses or an expiring certificate.</summary>
    Warning,

    /// <summary>No successful backup (or restore check) reported in time, or a failed one: a warning (email and Slack), never a page.</summary>
    BackupMissing,
}
