namespace Infra.Stacks.Settings.Catalog;

/// <summary>Offsite backups (<c>backups.*</c>).</summary>
public static class BackupKeys
{
    public static Setting Enabled { get; } = new("backups.enabled", SettingKind.Boolean, Rules.Boolean, "offsite `pg_dump` backups")
    {
        Default = "true",
    };

    public static Setting BucketName { get; } = new("backups.bucketName", SettingKind.Text, Rules.Like(Allowed.S3BucketRegex, Allowed.S3BucketNameText, Allowed.IsS3BucketName),
        "an S3 bucket name (globally unique)")
    {
        Default = "{resource}-db-backups",
    };

    public static Setting Region { get; } = new("backups.region", SettingKind.Text, Rules.OneOf(Allowed.AwsRegions), "the AWS region of the bucket")
    {
        Default = "us-east-1",
    };

    public static Setting DailyDays { get; } = new("backups.dailyDays", SettingKind.WholeNumber, Rules.Between(1, 365), "days `daily/` dumps are kept")
    {
        Default = "7",
    };

    public static Setting WeeklyDays { get; } = new("backups.weeklyDays", SettingKind.WholeNumber, Rules.Between(7, 3650), "days `weekly/` dumps are kept (at least `dailyDays`)")
    {
        Default = "28",
    };

    public static Setting NoncurrentDays { get; } = new("backups.noncurrentDays", SettingKind.WholeNumber, Rules.Between(1, 365), "days overwritten or deleted versions are kept")
    {
        Default = "7",
    };

    public static Setting HeartbeatHours { get; } = new("backups.heartbeatHours", SettingKind.WholeNumber, Rules.Between(25, 168),
        "warn when no successful backup was reported for this long; a failed backup warns at once; the restore check refuses a latest dump older than this")
    {
        Default = "26",
    };

    public static Setting OidcProvider { get; } = new("backups.oidcProvider", SettingKind.Text, Rules.OneOfInOrder(["create", "existing"]),
        "`create` the account's GitHub OIDC provider, or look up the `existing` one. One stack of an AWS account creates it: by default the bootstrap stack (`bootstrap.oidcProvider`), which is deployed first; give `create` here only for an account without a bootstrap stack (`infra secrets` and an offline `synth bootstrap` refuse two creators or none)")
    {
        Default = "existing",
    };

    public static Setting GitHubEnvironment { get; } = new("backups.githubEnvironment", SettingKind.Text, Rules.Like(Allowed.GitHubEnvironmentRegex, Allowed.GitHubEnvironmentText),
        "a GitHub environment; then only the backup and restore-check workflows' jobs in it may assume their roles (else those workflows on `main`). The workflows must then run their jobs in it: a test fails until `.github/workflows/backup.yml` declares it")
    {
        Example = "production",
    };

    public static IReadOnlyList<Setting> All { get; } = [Enabled, BucketName, Region, DailyDays, WeeklyDays, NoncurrentDays, HeartbeatHours, OidcProvider, GitHubEnvironment];
}
