using System.Collections.Immutable;

namespace Infra.Components;

/// <summary>What a stack's uptime monitoring checks, from where, and how strictly.</summary>
public sealed record UptimeArgs(string Domain, ImmutableArray<UptimeCheck> Checks, MonitorBackend Backend)
{
    /// <summary>The stack (the probe metrics' <c>Stack</c> dimension).</summary>
    public string Stack { get; init; } = "";

    /// <summary>Route 53 checker regions (at least 3).</summary>
    public ImmutableArray<string> AwsRegions { get; init; } = ["us-east-1", "us-west-2", "eu-west-1"];

    /// <summary>Better Stack regions.</summary>
    public ImmutableArray<string> BetterStackRegions { get; init; } = ["us", "eu", "as"];

    /// <summary>Consecutive failures before an incident.</summary>
    public int FailureThreshold { get; init; } = 2;

    /// <summary>Seconds between Route 53 checks (10 or 30).</summary>
    public int AwsIntervalSeconds { get; init; } = 30;

    /// <summary>Seconds between Better Stack checks.</summary>
    public int BetterStackIntervalSeconds { get; init; } = 180;

    /// <summary>Responses slower than this are a warning (AWS backend: measured by the probe).</summary>
    public int SlowSeconds { get; init; } = 5;

    /// <summary>Seconds a Better Stack request may take before it counts as failed.</summary>
    public int RequestTimeoutSeconds { get; init; } = 15;

    /// <summary>Warn this many days before the TLS certificate expires (both backends).</summary>
    public int TlsWarningDays { get; init; } = 14;

    public bool Equals(UptimeArgs? other) =>
        other is not null && Domain == other.Domain && Checks.SequenceEqual(other.Checks) && Backend == other.Backend && Stack == other.Stack
        && AwsRegions.SequenceEqual(other.AwsRegions) && BetterStackRegions.SequenceEqual(other.BetterStackRegions)
        && FailureThreshold == other.FailureThreshold && AwsIntervalSeconds == other.AwsIntervalSeconds
        && BetterStackIntervalSeconds == other.BetterStackIntervalSeconds && SlowSeconds == other.SlowSeconds
        && RequestTimeoutSeconds == other.RequestTimeoutSeconds && TlsWarningDays == other.TlsWarningDays;

    public override int GetHashCode() => HashCode.Combine(Domain, Backend, Checks.Length);
}
