using System.Collections.Immutable;
using Infra.Stacks.Settings.Catalog;

namespace Infra.Stacks.Settings;

/// <summary>The app's secrets (<c>secrets.*</c>): the rotation keeper and the third-party keys passed through.</summary>
public sealed record SecretSettings(string Rotation, ImmutableArray<string> PassThrough)
{
    public static SecretSettings Read(SettingsReader r)
    {
        var settings = new SecretSettings(r.Text(SecretKeys.Rotation), r.List(SecretKeys.PassThrough));
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
