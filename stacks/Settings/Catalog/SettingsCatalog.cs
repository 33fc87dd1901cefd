namespace Infra.Stacks.Settings.Catalog;

/// <summary>Every setting of every stack file, in the order of the reference.</summary>
public static class SettingsCatalog
{
    public static IReadOnlyList<Setting> All { get; } =
    [
        .. CoreKeys.All, .. VercelKeys.All, .. DatabaseKeys.All, .. NeonKeys.All, .. CloudflareKeys.All, .. SentryKeys.All, .. AlertKeys.All,
        .. UptimeKeys.All, .. BackupKeys.All, .. SecretKeys.All, .. EnvKeys.All, .. ImportKeys.All, .. PreviewKeys.All, .. BootstrapKeys.All,
    ];

    /// <summary>The settings of a kind of stack file.</summary>
    public static IEnumerable<Setting> In(SettingScope scope) => All.Where(s => s.Scope.HasFlag(scope));

    /// <summary>The setting at a key; null when none is declared.</summary>
    public static Setting? Find(string key) => All.FirstOrDefault(s => s.Key == key);
}
