
namespace Infra.Stacks.Settings;

/// <summary>Offsite backups of a stack (<c>backups.*</c>).</summary>
public sealed record BackupSettings(
    bool Enabled,
    string BucketName,
    string Region,
    int DailyDays,
    int WeeklyDays,
    int NoncurrentDays,
    int HeartbeatHours,
    bool CreateOidcProvider,
    string? GitHubEnvironment)
{
    private static readonly OrderedDictionary<string, bool> OidcChoices = new(StringComparer.Ordinal)
    {
        ["create"] = true,
        ["existing"] = false,
    };

    public static BackupSettings Read(SettingsReader r, string resourceName, bool production)
    {
        var settings = new BackupSettings(
            r.Bool("backups.enabled", true),
            r.Text("backups.bucketName", resourceName + "-db-backups", Allowed.IsS3BucketName, Allowed.S3BucketNameText),
            r.Text("backups.region", "us-east-1", Allowed.AwsRegions.Contains, Allowed.OneOf(Allowed.AwsRegions)),
            (int)r.WholeNumber("backups.dailyDays", 7, 1, 365),
            (int)r.WholeNumber("backups.weeklyDays", 28, 7, 3650),
            (int)r.WholeNumber("backups.noncurrentDays", 7, 1, 365),
            (int)r.WholeNumber("backups.heartbeatHours", 26, 25, 168),
            r.Choice("backups.oidcProvider", production, OidcChoices),
            r.OptionalText("backups.githubEnvironment", Allowed.IsGitHubEnvironment, Allowed.GitHubEnvironmentText));

        if (settings.WeeklyDays < settings.DailyDays)
        {
            r.Fail("backups.weeklyDays", $"\"{settings.WeeklyDays}\" is shorter than backups.dailyDays \"{settings.DailyDays}\"; expected weekly copies to be kept at least as long");
        }

        return settings;
    }
}
