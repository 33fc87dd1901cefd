using System.Collections.Immutable;
using Infra.Stacks.Settings.Catalog;

namespace Infra.Stacks.Settings;

/// <summary>Vercel settings of a stack (<c>vercel.*</c>).</summary>
public sealed record VercelSettings(
    string ProductionBranch,
    string NodeVersion,
    ImmutableArray<string> Regions,
    string PreviewProtection)
{
    /// <summary>The project's name (<c>vercel.projectName</c>).</summary>
    public string ProjectName { get; init; } = "";

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

    public static VercelSettings Read(SettingsReader r)
    {
        var skew = r.Text(VercelKeys.SkewProtection);
        return new VercelSettings(
            r.Text(VercelKeys.ProductionBranch),
            r.Text(VercelKeys.NodeVersion),
            r.List(VercelKeys.Regions),
            r.Text(VercelKeys.PreviewProtection))
        {
            ProjectName = r.Text(VercelKeys.ProjectName),
            Scope = r.OptionalText(VercelKeys.Scope),
            Previews = r.Bool(VercelKeys.Previews),
            SkipBranches = r.List(VercelKeys.SkipBranches),
            MaxDurationSeconds = (int)r.WholeNumber(VercelKeys.MaxDurationSeconds),
            SkewProtection = skew == "off" ? null : skew,
            KeepProductionDeployments = r.Text(VercelKeys.KeepProductionDeployments),
            KeepPreviewDeployments = r.Text(VercelKeys.KeepPreviewDeployments),
        };
    }

    public bool Equals(VercelSettings? other) =>
        other is not null && ProjectName == other.ProjectName && ProductionBranch == other.ProductionBranch && NodeVersion == other.NodeVersion
        && Regions.SequenceEqual(other.Regions) && PreviewProtection == other.PreviewProtection && Scope == other.Scope
        && Previews == other.Previews && SkipBranches.SequenceEqual(other.SkipBranches) && MaxDurationSeconds == other.MaxDurationSeconds
        && SkewProtection == other.SkewProtection && KeepProductionDeployments == other.KeepProductionDeployments
        && KeepPreviewDeployments == other.KeepPreviewDeployments;

    public override int GetHashCode() => HashCode.Combine(ProductionBranch, NodeVersion, PreviewProtection);
}
