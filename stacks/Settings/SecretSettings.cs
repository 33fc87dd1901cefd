using System.Collections.Immutable;
using Infra.Components;

namespace Infra.Stacks.Settings;

/// <summary>The app's secrets (<c>secrets.*</c>): the rotation keeper and the third-party keys passed through.</summary>
public sealed record SecretSettings(string Rotation, ImmutableArray<string> PassThrough)
{
    public static SecretSettings Read(SettingsReader r)
    {
        var managed = EnvCatalog.All.Select(v => v.Key).ToHashSet(StringComparer.Ordinal);
        var settings = new SecretSettings(
            r.Text("secrets.rotation", "1", Allowed.IsKeeper, Allowed.KeeperText),
            r.List("secrets.passThrough", [], k => Allowed.IsEnvKey(k) && !managed.Contains(k), Allowed.EnvKeyText + " not managed by Infra", minCount: 0));
        foreach (var key in settings.PassThrough)
        {
            r.SecretKey(key, $"the {key} environment variable (secrets.passThrough)");
        }

        return settings;
    }

    public bool Equals(SecretSettings? other) =>
        other is not null && Rotation == other.Rotation && PassThrough.SequenceEqual(other.PassThrough);

    public override int GetHashCode() => Rotation.GetHashCode(StringComparison.Ordinal);
}
