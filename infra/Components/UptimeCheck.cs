namespace Infra.Components;

/// <summary>An endpoint to monitor: its path and, optionally, a word the response must contain.</summary>
public sealed record UptimeCheck(string Path, string? Keyword = null)
{
    /// <summary>A stable name from the path: <c>/</c> is <c>home</c>, <c>/api/health/db</c> is <c>api-health-db</c>.</summary>
    public string Name => Path.Trim('/').Length == 0 ? "home" : ComponentPath.Slug(Path);
}
