using System.Collections.Immutable;

namespace Infra.Stacks.Settings;

/// <summary>Vercel settings of a stack (<c>vercel.*</c>).</summary>
public sealed record VercelSettings(
    string ProductionBranch,
    string NodeVersion,
    ImmutableArray<string> Regions,
    string PreviewProtection)
{
    /// <summary>The Vercel team's slug, part of preview URLs (<c>&lt;project&gt;-git-&lt;branch&gt;-&lt;scope&gt;.vercel.app</c>).</summary>
    public string? Scope { get; init; }

    public static VercelSettings Read(SettingsReader r, string stack, bool production) => new(
        r.Text("vercel.productionBranch", production ? "main" : stack, Allowed.IsBranch, Allowed.BranchText),
        r.Text("vercel.nodeVersion", "20.x", Allowed.NodeVersions.Contains, Allowed.OneOf(Allowed.NodeVersions)),
        r.List("vercel.regions", ["iad1"], Allowed.VercelRegions.Contains, "Vercel regions, " + Allowed.OneOf(Allowed.VercelRegions)),
        r.Text("vercel.previewProtection", "standard_protection", Allowed.PreviewProtections.Contains, Allowed.OneOf(Allowed.PreviewProtections)))
    {
        Scope = r.OptionalText("vercel.scope", Allowed.IsSlug, "the Vercel team slug, as in https://vercel.com/<scope>"),
    };

    public bool Equals(VercelSettings? other) =>
        other is not null && ProductionBranch == other.ProductionBranch && NodeVersion == other.NodeVersion
        && Regions.SequenceEqual(other.Regions) && PreviewProtection == other.PreviewProtection && Scope == other.Scope;

    public override int GetHashCode() => HashCode.Combine(ProductionBranch, NodeVersion, PreviewProtection);
}
