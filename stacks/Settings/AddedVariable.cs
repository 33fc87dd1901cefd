using System.Collections.Immutable;
using Infra.Components;

namespace Infra.Stacks.Settings;

/// <summary>A variable a stack adds (<c>env.plain</c>, <c>env.secrets</c>, <c>env.generated</c>, <c>env.outputs</c>).</summary>
/// <param name="Key">The name the app reads.</param>
/// <param name="Source">Where its value comes from, which decides whether it is sensitive.</param>
/// <param name="Value">The plain value, the secret config key, or the output name (unused for generated ones).</param>
/// <param name="Targets">Its targets; empty for the stack's default.</param>
/// <param name="Branch">The Git branch a preview-only variable is scoped to.</param>
public sealed record AddedVariable(string Key, EnvSource Source, string Value, ImmutableArray<VercelTarget> Targets, string? Branch)
{
    /// <summary>How a generated one is drawn.</summary>
    public GeneratedSecret? Generated { get; init; }

    /// <summary>Sensitive by source: a secret, a generated value, or a secret output.</summary>
    public bool Sensitive => Source switch
    {
        EnvSource.Plain => false,
        EnvSource.Output => EnvOutputs.All.GetValueOrDefault(Value),
        _ => true,
    };

    public bool Equals(AddedVariable? other) =>
        other is not null && Key == other.Key && Source == other.Source && Value == other.Value && Targets.SequenceEqual(other.Targets)
        && Branch == other.Branch && Generated == other.Generated;

    public override int GetHashCode() => HashCode.Combine(Key, Source, Value);
}
