using Infra.Expressions;
using Infra.Graph;
using Infra.Model;
using NeonProject = Infra.Providers.Neon.Project;
using Infra.Providers.Neon;

namespace Infra.Components;

/// <summary>
/// A stack's Neon Postgres: one project whose default branch is created with the application
/// role and database, with default endpoint autoscaling and suspend.
/// </summary>
public static class NeonDatabase
{
    private const int SecondsPerDay = 86_400;

    public static NeonProject Declare(ProgramBuilder builder, ComponentPath path, NeonDatabaseArgs args) =>
        builder.Add(new NeonProject(path.Name("project"))
        {
            ProjectName = args.ProjectName,
            RegionId = args.Region,
            PgVersion = args.PgVersion,
            HistoryRetentionSeconds = (long)args.HistoryRetentionDays * SecondsPerDay,
            OrgId = args.OrgId is { } orgId ? (Input<string>?)orgId : null,
            Branch = new ProjectBranch(args.BranchName, args.RoleName, args.DatabaseName),
            DefaultEndpointSettings = new ProjectDefaultEndpointSettings
            {
                AutoscalingLimitMinCu = args.MinCu,
                AutoscalingLimitMaxCu = args.MaxCu,
                SuspendTimeoutSeconds = args.SuspendTimeoutSeconds,
            },
            Options = args.Protect ? ResourceOptions.Protected : ResourceOptions.None,
        });
}
