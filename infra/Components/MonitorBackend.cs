namespace Infra.Components;

/// <summary>Which service checks uptime and watches the backup heartbeat.</summary>
public enum MonitorBackend
{
    /// <summary>Route 53 health checks and CloudWatch alarms to SNS topics.</summary>
    Aws,

    /// <summary>Better Stack monitors, heartbeat and escalation policy.</summary>
    BetterStack,
}
