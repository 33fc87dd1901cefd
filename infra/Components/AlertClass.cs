namespace Infra.Components;

/// <summary>The kinds of alert the platform raises, each routed by <see cref="AlertRouting"/>.</summary>
public enum AlertClass
{
    /// <summary>Critical: a new fatal or <c>severity:p0</c> issue. Pages in production.</summary>
    P0,

    /// <summary>High: an issue seen often.</summary>
    P1,

    /// <summary>Errors well above normal.</summary>
    ErrorSpike,

    /// <summary>Slow transactions (a warning).</summary>
    Slow,

    /// <summary>P2/P3: the daily digest.</summary>
    Digest,

    /// <summary>The site or an endpoint is down. Pages in production.</summary>
    Downtime,

    /// <summary>Slow responses or an expiring certificate.</summary>
    Warning,

    /// <summary>No successful backup reported in time.</summary>
    BackupMissing,
}
