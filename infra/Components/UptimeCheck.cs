namespace Infra.Components;

/// <summary>
/// An endpoint to monitor: its path, optionally a text the response must contain, and whether
/// answering it queries the database (such checks are left out where the database scales to zero:
/// a request every few seconds would keep it awake around the clock).
/// </summary>
public sealed record UptimeCheck(string Path, string? Keyword = null, bool Database = false)
{
    /// <summary>A stable name from the path: <c>/</c> is <c>home</c>, <c>/api/health/db</c> is <c>api-health-db</c>.</summary>
    public string Name => Path.Trim('/').Length == 0 ? "home" : ComponentPath.Slug(Path);
}
