namespace Infra.Components;

/// <summary>A pull request's database branch.</summary>
/// <param name="BranchName">The Neon branch (<c>preview/pr-42</c>).</param>
/// <param name="MinCu">Autoscaling minimum of the branch's endpoint.</param>
/// <param name="MaxCu">Autoscaling maximum.</param>
public sealed record PreviewDatabaseArgs(string BranchName, double MinCu, double MaxCu)
{
    /// <summary>Previews sleep after five idle minutes.</summary>
    public int SuspendTimeoutSeconds { get; init; } = 300;
}
