using System.Collections.Immutable;
using Infra.Expressions;
using Infra.Model;
using Infra.Providers.Random;

namespace Infra.Components;

/// <summary>
/// A secret the program generates (random provider, secret result) for an app variable: its
/// length, alphabet and rotation keeper (a new keeper value generates a new secret).
/// </summary>
public sealed record GeneratedSecret(string Key, int Length, SecretAlphabet Alphabet, string Rotation)
{
    /// <summary>Its variable's targets; empty for the stack's default.</summary>
    public ImmutableArray<VercelTarget> Targets { get; init; } = [];

    /// <summary>The random password resource that draws it from <see cref="Alphabet"/>.</summary>
    public RandomPassword Declare(string name) => new(name, Length)
    {
        // The provider draws from the enabled classes plus overrideSpecial as the special set
        // (hashicorp/terraform-provider-random internal/random/string.go, CreateString):
        // hex is digits plus "abcdef" as the special set.
        Upper = Alphabet is SecretAlphabet.LowerAlphanumeric or SecretAlphabet.Hex ? false : null,
        Lower = Alphabet == SecretAlphabet.Hex ? false : null,
        Special = Alphabet is SecretAlphabet.Hex or SecretAlphabet.Base64Url or SecretAlphabet.Printable,
        OverrideSpecial = Alphabet switch
        {
            SecretAlphabet.Hex => (Input<string>?)"abcdef",
            SecretAlphabet.Base64Url => (Input<string>?)"-_",
            _ => null,
        },
        Keepers = new Dictionary<string, Input<string>> { ["rotation"] = Rotation },
    };

    public bool Equals(GeneratedSecret? other) =>
        other is not null && Key == other.Key && Length == other.Length && Alphabet == other.Alphabet && Rotation == other.Rotation && Targets.SequenceEqual(other.Targets);

    public override int GetHashCode() => HashCode.Combine(Key, Length, Alphabet);
}
