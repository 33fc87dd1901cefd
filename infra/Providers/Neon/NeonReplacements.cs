using System.Collections.Immutable;
using Infra.Diff;

namespace Infra.Providers.Neon;

/// <summary>
/// The inputs kislerdm/neon 0.15.0 marks <c>ForceNew</c> (read at tag v0.15.0): changing them replaces
/// the project (every branch and all data), a branch or a compute. Its derived schema carries no
/// <c>willReplaceOnChanges</c>, so they are listed here from the source.
/// </summary>
public static class NeonReplacements
{
    public const string ProjectRunbook = "follow docs/runbooks/database-migration.md, *Moving to a new Neon project*";

    private const string ProjectType = "neon:index/project:Project";

    private const string ProjectLoss = "every branch and all data";

    private const string BranchLoss = "the branch's own data (the new one copies its parent again)";

    public static ImmutableArray<ReplacementTrigger> All { get; } =
    [
        // ForceNew with a DiffSuppressFunc: an unset org_id, or the project's own, is no difference.
        new(ProjectType, "orgId", "kislerdm/neon 0.15.0 provider/resource_project.go L82-97", ProjectLoss, ProjectRunbook)
        {
            RemovalIsSafe = true,
            Caveat = "unless the project already belongs to that organization",
        },
        new(ProjectType, "regionId", "kislerdm/neon 0.15.0 provider/helper.go L19-25", ProjectLoss, ProjectRunbook),
        new(ProjectType, "pgVersion", "kislerdm/neon 0.15.0 provider/resource_project.go L105-111", ProjectLoss, ProjectRunbook),

        // The block and each of name, role_name and database_name (L373-412).
        new(ProjectType, "branch", "kislerdm/neon 0.15.0 provider/resource_project.go L373-412", ProjectLoss, ProjectRunbook),
        new("neon:index/endpoint:Endpoint", "regionId", "kislerdm/neon 0.15.0 provider/helper.go L19-25", "its host, so every URI built on it", "leave regionId unset: a compute runs in its project's region"),
        new("neon:index/branch:Branch", "parentLsn", "kislerdm/neon 0.15.0 provider/resource_branch.go L52-60", BranchLoss, "create a new branch under a new name instead"),
        new("neon:index/branch:Branch", "parentTimestamp", "kislerdm/neon 0.15.0 provider/resource_branch.go L61-70", BranchLoss, "create a new branch under a new name instead"),
    ];

    public static ImmutableArray<IgnoredChangeHint> Hints { get; } =
    [
        new(ProjectType, "defaultEndpointSettings",
            "the running compute follows compute settings only once it is adopted as neon-compute: set neon.computeId to the stack output neonComputeId (docs/settings.md)"),
    ];
}
