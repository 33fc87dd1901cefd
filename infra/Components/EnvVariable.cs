using System.Collections.Immutable;
using Infra.Expressions;

namespace Infra.Components;

/// <summary>A catalog variable bound to its value (a literal or a reference) and its targets.</summary>
public sealed record EnvVariable(EnvVariableSpec Spec, Input<string> Value, ImmutableArray<VercelTarget> Targets)
{
    /// <summary>Limits a preview variable to one Git branch.</summary>
    public string? GitBranch { get; init; }

    public string Key => Spec.Key;

    public bool Equals(EnvVariable? other) =>
        other is not null && Spec == other.Spec && Value == other.Value && Targets.SequenceEqual(other.Targets) && GitBranch == other.GitBranch;

    public override int GetHashCode() => Spec.GetHashCode();
}
