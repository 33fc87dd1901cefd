using System.Collections.Immutable;

namespace Infra.Stacks.Settings;

/// <summary>Vercel settings of a stack (<c>vercel.*</c>).</summary>
public sealed record VercelSettings(
    string ProductionBranch,
    string NodeVersion,
    ImmutableArray<string> Regions,
    string PreviewProtection)
{
    public static VercelSettings Read(SettingsReader r, string stack, bool production) => new(
        r.Text("vercel.productionBranch", production ? "main" : stack, Allowed.IsBranch, Allowed.BranchText),
        r.Text("vercel.nodeVersion", "20.x", Allowed.NodeVersions.Contains, Allowed.OneOf(Allowed.NodeVersions)),
        r.List("vercel.regions", ["iad1"], Allowed.VercelRegions.Contains, "Vercel regions, " + Allowed.OneOf(Allowed.VercelRegions)),
        r.Text("vercel.previewProtection", "standard_protection", Allowed.PreviewProtections.Contains, Allowed.OneOf(Allowed.PreviewProtections)));

    public bool Equals(VercelSettings? other) =>
        other is not null && ProductionBranch == other.ProductionBranch && NodeVersion == other.NodeVersion
        && Regions.SequenceEqual(other.Regions) && PreviewProtection == other.PreviewProtection;

    public override int GetHashCode() => HashCode.Combine(ProductionBranch, NodeVersion, PreviewProtection);
}
