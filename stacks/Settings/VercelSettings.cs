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

    /// <summary>Whether the project builds preview deployments (production's does not: previews are staging's).</summary>
    public bool Previews { get; init; }

    /// <summary>Branches the project never builds: another stack's project deploys them.</summary>
    public ImmutableArray<string> SkipBranches { get; init; } = [];

    public int MaxDurationSeconds { get; init; } = 30;

    /// <summary>Skew protection; null when off.</summary>
    public string? SkewProtection { get; init; }

    public string KeepProductionDeployments { get; init; } = "1y";

    public string KeepPreviewDeployments { get; init; } = "1m";

    public static VercelSettings Read(SettingsReader r, string stack, bool production)
    {
        var skew = r.Text("vercel.skewProtection", "12 hours", Allowed.SkewProtections.Contains, Allowed.OneOf(Allowed.SkewProtections));
        return new VercelSettings(
            r.Text("vercel.productionBranch", production ? "main" : stack, Allowed.IsBranch, Allowed.BranchText),
            r.Text("vercel.nodeVersion", "24.x", Allowed.NodeVersions.Contains, Allowed.OneOf(Allowed.NodeVersions)),
            r.List("vercel.regions", ["iad1"], Allowed.VercelRegions.Contains, "Vercel regions, " + Allowed.OneOf(Allowed.VercelRegions)),
            r.Text("vercel.previewProtection", "standard_protection_new", Allowed.PreviewProtections.Contains, Allowed.OneOf(Allowed.PreviewProtections)))
        {
            Scope = r.OptionalText("vercel.scope", Allowed.IsSlug, "the Vercel team slug, as in https://vercel.com/<scope>"),
            Previews = r.Bool("vercel.previews", !production),
            SkipBranches = r.List("vercel.skipBranches", production ? [] : ["main"], Allowed.IsBranch, Allowed.BranchText, minCount: 0),
            MaxDurationSeconds = (int)r.WholeNumber("vercel.maxDurationSeconds", 30, 1, 900),
            SkewProtection = skew == "off" ? null : skew,
            KeepProductionDeployments = r.Text("vercel.keepDeployments.production", "1y", Allowed.DeploymentRetentions.Contains, Allowed.OneOf(Allowed.DeploymentRetentions)),
            KeepPreviewDeployments = r.Text("vercel.keepDeployments.preview", "1m", Allowed.DeploymentRetentions.Contains, Allowed.OneOf(Allowed.DeploymentRetentions)),
        };
    }

    public bool Equals(VercelSettings? other) =>
        other is not null && ProductionBranch == other.ProductionBranch && NodeVersion == other.NodeVersion
        && Regions.SequenceEqual(other.Regions) && PreviewProtection == other.PreviewProtection && Scope == other.Scope
        && Previews == other.Previews && SkipBranches.SequenceEqual(other.SkipBranches) && MaxDurationSeconds == other.MaxDurationSeconds
        && SkewProtection == other.SkewProtection && KeepProductionDeployments == other.KeepProductionDeployments
        && KeepPreviewDeployments == other.KeepPreviewDeployments;

    public override int GetHashCode() => HashCode.Combine(ProductionBranch, NodeVersion, PreviewProtection);
}
