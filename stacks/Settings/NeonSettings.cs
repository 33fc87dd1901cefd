namespace Infra.Stacks.Settings;

/// <summary>Neon settings of a stack.</summary>
public sealed record NeonSettings(
    string Region,
    int PgVersion,
    int HistoryRetentionDays,
    double MinCu,
    double MaxCu,
    int SuspendTimeoutSeconds,
    string? OrgId);
