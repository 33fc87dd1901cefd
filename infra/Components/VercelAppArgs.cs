using System.Collections.Immutable;

namespace Infra.Components;

/// <summary>What a Vercel app of one stack is made of.</summary>
/// <param name="ProjectName">The project's name in Vercel (<c>luma</c>, <c>luma-staging</c>).</param>
/// <param name="Repository">The linked GitHub repository, <c>owner/repo</c>.</param>
/// <param name="ProductionBranch">The branch whose commits are production deployments of this project.</param>
/// <param name="NodeVersion">The Node.js version of builds and functions (<c>20.x</c>).</param>
/// <param name="FunctionRegions">The default function regions (<c>iad1</c>).</param>
/// <param name="PreviewProtection">The Vercel authentication deployment type.</param>
/// <param name="Domain">The stack's custom domain.</param>
/// <param name="Protect">Protect the project from deletion and keep it when it leaves the program.</param>
/// <param name="Builds">Which pushes the project builds (see <see cref="VercelBuilds"/>).</param>
public sealed record VercelAppArgs(
    string ProjectName,
    string Repository,
    string ProductionBranch,
    string NodeVersion,
    ImmutableArray<string> FunctionRegions,
    string PreviewProtection,
    string Domain,
    bool Protect,
    VercelBuilds Builds)
{
    /// <summary>The default maximum duration of functions, in seconds.</summary>
    public int MaxDurationSeconds { get; init; } = 30;

    /// <summary>Skew protection (<c>12 hours</c>, ...); null leaves it off.</summary>
    public string? SkewProtection { get; init; } = "12 hours";

    /// <summary>How long production deployments are kept (Instant Rollback needs them).</summary>
    public string KeepProductionDeployments { get; init; } = "1y";

    /// <summary>How long preview deployments are kept.</summary>
    public string KeepPreviewDeployments { get; init; } = "1m";

    public string Framework { get; init; } = "nextjs";

    public string InstallCommand { get; init; } = "npm ci";

    /// <summary>The name of the deploy hook on the production branch, which the deploy workflow calls after variables change.</summary>
    public const string RedeployHookName = "infra-redeploy";

    /// <summary>
    /// The build command; null leaves Vercel's Next.js preset, which runs the package's
    /// <c>vercel-build</c> script when there is one (where the planning documents run the migrations)
    /// and <c>build</c> otherwise. An override would bypass <c>vercel-build</c>.
    /// </summary>
    public string? BuildCommand { get; init; }

    public string OutputDirectory { get; init; } = ".next";

    public bool Equals(VercelAppArgs? other) =>
        other is not null && ProjectName == other.ProjectName && Repository == other.Repository
        && ProductionBranch == other.ProductionBranch && NodeVersion == other.NodeVersion
        && FunctionRegions.SequenceEqual(other.FunctionRegions) && PreviewProtection == other.PreviewProtection
        && Domain == other.Domain && Protect == other.Protect && Framework == other.Framework && InstallCommand == other.InstallCommand
        && BuildCommand == other.BuildCommand && OutputDirectory == other.OutputDirectory && Builds == other.Builds
        && MaxDurationSeconds == other.MaxDurationSeconds && SkewProtection == other.SkewProtection
        && KeepProductionDeployments == other.KeepProductionDeployments && KeepPreviewDeployments == other.KeepPreviewDeployments;

    public override int GetHashCode() => HashCode.Combine(ProjectName, Domain);
}
