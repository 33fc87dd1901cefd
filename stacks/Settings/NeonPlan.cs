namespace Infra.Stacks.Settings;

/// <summary>
/// The Neon plan of the organization that owns a stack's project (<c>neon.plan</c>): it bounds the
/// restore window, scale to zero, compute sizes and protected branches (<see cref="NeonPlanLimits"/>).
/// </summary>
public enum NeonPlan
{
    /// <summary>Neon's Free plan.</summary>
    Free,

    /// <summary>Neon's Launch plan.</summary>
    Launch,

    /// <summary>Neon's Scale plan.</summary>
    Scale,

    /// <summary>Enterprise, Agent or a legacy plan: only the limits of the API itself are checked.</summary>
    Custom,
}
