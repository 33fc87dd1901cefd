using System.Collections.Immutable;

namespace Infra.Stacks.Settings;

/// <summary>Vercel settings of a stack.</summary>
public sealed record VercelSettings(
    string ProductionBranch,
    string NodeVersion,
    ImmutableArray<string> Regions,
    string PreviewProtection)
{
    public bool Equals(VercelSettings? other) =>
        other is not null && ProductionBranch == other.ProductionBranch && NodeVersion == other.NodeVersion
        && Regions.SequenceEqual(other.Regions) && PreviewProtection == other.PreviewProtection;

    public override int GetHashCode() => HashCode.Combine(ProductionBranch, NodeVersion, PreviewProtection);
}
