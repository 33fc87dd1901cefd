namespace Infra.Model;

/// <summary>Create, update and delete timeouts as Go durations (<c>30m</c>, <c>1h</c>).</summary>
public sealed record CustomTimeouts(string? Create = null, string? Update = null, string? Delete = null);
