namespace Infra.Components;

/// <summary>What a stack's offsite database backups are made of.</summary>
/// <param name="Stack">The stack (the heartbeat metric's dimension).</param>
/// <param name="BucketName">The S3 bucket for <c>pg_dump</c> files.</param>
/// <param name="Region">The bucket's region.</param>
/// <param name="Repository">The GitHub repository whose workflow uploads, <c>owner/repo</c>.</param>
/// <param name="Protect">Protect the bucket and keep it when it leaves the program.</param>
public sealed record BackupsArgs(string Stack, string BucketName, string Region, string Repository, bool Protect)
{
    public int DailyDays { get; init; } = 7;

    public int WeeklyDays { get; init; } = 28;

    public int NoncurrentDays { get; init; } = 7;

    public int AbortMultipartDays { get; init; } = 1;

    /// <summary>The GitHub environment the job runs in; null: only the <c>main</c> branch may assume the role.</summary>
    public string? GitHubEnvironment { get; init; }

    /// <summary>Create the account's GitHub OIDC provider (one per account), or look up the existing one.</summary>
    public bool CreateOidcProvider { get; init; } = true;

    /// <summary>Alarm when no successful backup was reported for this many hours.</summary>
    public int HeartbeatHours { get; init; } = 26;

    public string MetricNamespace { get; init; } = "Infra/Backups";

    public string MetricName { get; init; } = "BackupSucceeded";

    public string RoleName => BucketName + "-writer";

    /// <summary>The OIDC subject allowed to assume the role.</summary>
    public string Subject => GitHubEnvironment is { } environment
        ? $"repo:{Repository}:environment:{environment}"
        : $"repo:{Repository}:ref:refs/heads/main";
}
