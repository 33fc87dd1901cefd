namespace Infra.Components;

/// <summary>What a stack's offsite database backups are made of.</summary>
/// <param name="Stack">The stack (the heartbeat metrics' dimension).</param>
/// <param name="BucketName">The S3 bucket for <c>pg_dump</c> files.</param>
/// <param name="Region">The bucket's region.</param>
/// <param name="Repository">The GitHub repository whose workflows upload and restore, <c>owner/repo</c>.</param>
/// <param name="Protect">Protect the bucket and keep it when it leaves the program.</param>
public sealed record BackupsArgs(string Stack, string BucketName, string Region, string Repository, bool Protect)
{
    /// <summary>The workflow that dumps and uploads (<c>.github/workflows/backup.yml</c>).</summary>
    public const string BackupWorkflow = "backup.yml";

    /// <summary>The workflow that restores the latest dump into a scratch database (<c>.github/workflows/restore-check.yml</c>).</summary>
    public const string RestoreWorkflow = "restore-check.yml";

    public int DailyDays { get; init; } = 7;

    public int WeeklyDays { get; init; } = 28;

    public int NoncurrentDays { get; init; } = 7;

    public int AbortMultipartDays { get; init; } = 1;

    /// <summary>The GitHub environment the jobs run in; null: they run on <c>main</c> without one.</summary>
    public string? GitHubEnvironment { get; init; }

    /// <summary>Create the account's GitHub OIDC provider (one per account), or look up the existing one.</summary>
    public bool CreateOidcProvider { get; init; } = true;

    /// <summary>Alarm when no successful backup was reported for this many hours.</summary>
    public int HeartbeatHours { get; init; } = 26;

    /// <summary>Alarm when no successful restore check was reported for this many days (CloudWatch's longest window is 7 days; the check runs twice a week).</summary>
    public int RestoreHeartbeatDays { get; init; } = 7;

    public string MetricNamespace { get; init; } = "Infra/Backups";

    public string MetricName { get; init; } = "BackupSucceeded";

    public string FailureMetricName { get; init; } = "BackupFailed";

    public string RestoreMetricName { get; init; } = "RestoreSucceeded";

    public string RestoreFailureMetricName { get; init; } = "RestoreFailed";

    public string RoleName => BucketName + "-writer";

    public string RestoreRoleName => BucketName + "-restore-check";

    /// <summary>The OIDC subject allowed to assume the roles: the repository's <c>main</c>, or the environment.</summary>
    public string Subject => GitHubEnvironment is { } environment
        ? $"repo:{Repository}:environment:{environment}"
        : $"repo:{Repository}:ref:refs/heads/main";

    /// <summary>The token's <c>job_workflow_ref</c> for one of the repository's workflows on <c>main</c>.</summary>
    public string WorkflowRef(string workflow) => $"{Repository}/.github/workflows/{workflow}@refs/heads/main";
}
