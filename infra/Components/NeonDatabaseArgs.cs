namespace Infra.Components;

/// <summary>What a stack's Neon database is made of.</summary>
/// <param name="ProjectName">The project's name in Neon (<c>luma</c>, <c>luma-staging</c>).</param>
/// <param name="Region">The Neon region id (<c>aws-us-east-1</c>).</param>
/// <param name="PgVersion">The Postgres major version.</param>
/// <param name="HistoryRetentionSeconds">The point-in-time restore window.</param>
/// <param name="MinCu">The smallest compute size of autoscaling.</param>
/// <param name="MaxCu">The largest compute size of autoscaling.</param>
/// <param name="SuspendTimeoutSeconds">Idle seconds before the compute suspends; -1 never suspends.</param>
/// <param name="Protect">
/// Protect the project from deletion; its default branch is then protected in Neon as well. The
/// project is retained on delete in every stack.
/// </param>
public sealed record NeonDatabaseArgs(
    string ProjectName,
    string Region,
    int PgVersion,
    long HistoryRetentionSeconds,
    double MinCu,
    double MaxCu,
    int SuspendTimeoutSeconds,
    bool Protect)
{
    public string BranchName { get; init; } = "main";

    public string RoleName { get; init; } = "app";

    public string DatabaseName { get; init; } = "app";

    public string? OrgId { get; init; }

    /// <summary>
    /// The project's default compute, <c>&lt;project id&gt;/&lt;endpoint id&gt;</c>, to adopt and manage;
    /// null while it is not adopted (the compute settings then seed it at creation only).
    /// </summary>
    public string? ComputeId { get; init; }

    /// <summary>
    /// An existing project to adopt as this stack's (the <c>import</c> option): the stack moves to it,
    /// and the project it had leaves the state but stays in Neon (docs/runbooks/database-migration.md).
    /// </summary>
    public string? ProjectId { get; init; }
}
