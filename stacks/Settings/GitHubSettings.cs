namespace Infra.Stacks.Settings;

/// <summary>The app's source repository.</summary>
/// <param name="Repository"><c>owner/repo</c>.</param>
public sealed record GitHubSettings(string Repository);
