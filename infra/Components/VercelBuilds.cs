using System.Collections.Immutable;

namespace Infra.Components;

/// <summary>
/// Which pushes a project builds. Each stack has its own project on the same repository, so every
/// push must build in exactly one of them: production's project builds only its production branch
/// (no previews), staging's builds its own production branch and the previews, and skips the
/// branches another project deploys (<c>main</c>).
/// </summary>
/// <param name="Previews">Whether the project builds preview deployments.</param>
/// <param name="SkippedBranches">Branches the project never builds (another project's production branch).</param>
public sealed record VercelBuilds(bool Previews, ImmutableArray<string> SkippedBranches)
{
    /// <summary>
    /// The ignored build step: exit code 0 skips the build. It compares Vercel's system variable
    /// <c>VERCEL_GIT_COMMIT_REF</c> (the branch) with the skipped branches; null when none is skipped.
    /// </summary>
    public string? IgnoreCommand => SkippedBranches.IsEmpty
        ? null
        : "case \"$VERCEL_GIT_COMMIT_REF\" in " + string.Join("|", SkippedBranches.Select(Quote)) + ") exit 0;; *) exit 1;; esac";

    public bool Equals(VercelBuilds? other) => other is not null && Previews == other.Previews && SkippedBranches.SequenceEqual(other.SkippedBranches);

    public override int GetHashCode() => HashCode.Combine(Previews, SkippedBranches.Length);

    /// <summary>Branch names are validated (letters, digits, <c>/._-</c>); quoted so a shell pattern character is literal.</summary>
    private static string Quote(string branch) => "'" + branch + "'";
}
