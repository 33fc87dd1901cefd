namespace Infra.Stacks.Settings;

/// <summary>
/// The settings of a <c>pr-&lt;n&gt;</c> stack: the base stack's (staging) plus the pull request's
/// number (from the stack name) and head branch (<c>pr.branch</c>, set by the workflow).
/// </summary>
/// <param name="Stack">The stack name, <c>pr-&lt;n&gt;</c>.</param>
/// <param name="Number">The pull request number.</param>
/// <param name="Branch">The pull request's head branch: Vercel variables are scoped to it.</param>
/// <param name="Base">The base stack's settings (its stack file).</param>
public sealed record PreviewSettings(string Stack, int Number, string Branch, StackSettings Base)
{
    /// <summary>The Neon branch of the pull request.</summary>
    public string DatabaseBranch => $"preview/{Stack}";

    /// <summary>The prefix of the preview's objects in the base stack's buckets.</summary>
    public string KeyPrefix => Stack + "/";

    /// <summary>Overrides the computed preview URL (<c>pr.url</c>).</summary>
    public string? Url { get; init; }
}
