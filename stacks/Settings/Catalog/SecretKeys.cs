using Infra.Components;

namespace Infra.Stacks.Settings.Catalog;

/// <summary>The app's secrets (<c>secrets.*</c>).</summary>
public static class SecretKeys
{
    public static Setting Rotation { get; } = new("secrets.rotation", SettingKind.Text, Rules.Like(Allowed.KeeperRegex, Allowed.KeeperText),
        "any short text; changing it generates new `NEXTAUTH_SECRET`, `SESSION_SECRET`, `CSRF_SECRET` (and signs everyone out)")
    {
        Default = "1",
    };

    public static Setting PassThrough { get; } = new("secrets.passThrough", SettingKind.List,
        Rules.Like(Allowed.EnvKeyRegex, Allowed.EnvKeyText + " not managed by Infra", k => !EnvCatalog.All.Any(v => v.Key == k)),
        "UPPER_SNAKE_CASE keys, each a secret stack config key of the same name (below)")
    {
        Default = "",
    };

    public static IReadOnlyList<Setting> All { get; } = [Rotation, PassThrough];
}
