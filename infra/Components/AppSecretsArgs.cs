using System.Collections.Immutable;

namespace Infra.Components;

/// <summary>The app's secrets: generated ones, rotated by changing <paramref name="RotationKeeper"/>, and passed-through ones.</summary>
/// <param name="RotationKeeper">Any text; a new value generates new secrets (and logs every user out).</param>
/// <param name="PassThrough">Third-party keys, each read from the secret stack config key of the same name.</param>
public sealed record AppSecretsArgs(string RotationKeeper, ImmutableArray<string> PassThrough)
{
    public int Length { get; init; } = 48;

    /// <summary>Catalog secrets the stack does not send (switched off): not generated at all.</summary>
    public ImmutableArray<string> SwitchedOff { get; init; } = [];

    public bool Equals(AppSecretsArgs? other) =>
        other is not null && RotationKeeper == other.RotationKeeper && PassThrough.SequenceEqual(other.PassThrough) && Length == other.Length
        && SwitchedOff.SequenceEqual(other.SwitchedOff);

    public override int GetHashCode() => HashCode.Combine(RotationKeeper, Length);
}
