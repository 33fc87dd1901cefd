using Infra.Stacks.Settings.Catalog;

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

    public static BackupSettings Read(SettingsReader r)
    {
        var settings = new BackupSettings(
            r.Bool(BackupKeys.Enabled),
            r.Text(BackupKeys.BucketName),
            r.Text(BackupKeys.Region),
            (int)r.WholeNumber(BackupKeys.DailyDays),
            (int)r.WholeNumber(BackupKeys.WeeklyDays),
            (int)r.WholeNumber(BackupKeys.NoncurrentDays),
            (int)r.WholeNumber(BackupKeys.HeartbeatHours),
            r.Choice(BackupKeys.OidcProvider, OidcChoices),
            r.OptionalText(BackupKeys.GitHubEnvironment));

        if (settings.WeeklyDays < settings.DailyDays)
        {
            r.Fail("backups.weeklyDays", $"\"{settings.WeeklyDays}\" is shorter than backups.dailyDays \"{settings.DailyDays}\"; expected weekly copies to be kept at least as long");
        }

        return settings;
    }
}
