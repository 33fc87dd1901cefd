using System.Collections.Immutable;
using Infra.Components;
using Infra.Graph;
using Infra.Providers;
using Infra.Stacks.Settings;

namespace Infra.Stacks.Composition;

/// <summary>
/// The platform of one stack, composed from its settings: which components, wired how. Every
/// package is pinned here unconditionally, so the compiler's pass without config names the
/// same plugins as a real run.
/// </summary>
public static class StackComposer
{
    public static BuildResult Compose(StackSettings s)
    {
        var builder = NewBuilder(s.Project);

        var database = new NeonDatabaseArgs(
            s.ResourceName,
            s.Neon.Region,
            s.Neon.PgVersion,
            s.Neon.HistoryRetentionDays,
            s.Neon.MinCu,
            s.Neon.MaxCu,
            s.Neon.SuspendTimeoutSeconds,
            s.Protect)
        {
            OrgId = s.Neon.OrgId,
        };
        var neon = NeonDatabase.Declare(builder, new ComponentPath("neon"), database);

        var vercel = VercelApp.Declare(builder, new ComponentPath("vercel"), new VercelAppArgs(
            s.ResourceName,
            s.GitHub.Repository,
            s.Vercel.ProductionBranch,
            s.Vercel.NodeVersion,
            s.Vercel.Regions,
            s.Vercel.PreviewProtection,
            s.Domain,
            s.Protect));

        // Production's previews must never reach production data: there the server-side
        // variables target production only. Other stacks' previews share the stack's own data.
        ImmutableArray<VercelTarget> deployed = s.Tier == Tier.Production
            ? [VercelTarget.Production]
            : [VercelTarget.Production, VercelTarget.Preview];
        vercel.AddVariable(new EnvVariable(EnvCatalog.DatabaseUrl, neon.ConnectionUriPooler, deployed));
        vercel.AddVariable(new EnvVariable(EnvCatalog.DirectUrl, neon.ConnectionUri, deployed));
        vercel.AddVariable(new EnvVariable(EnvCatalog.AppUrl, s.AppUrl, deployed));
        vercel.AddVariable(new EnvVariable(EnvCatalog.NextAuthUrl, s.AppUrl, deployed));
        vercel.AddVariable(new EnvVariable(EnvCatalog.LogLevel, s.LogLevel, deployed));

        builder.AddOutput("appUrl", s.AppUrl);
        builder.AddOutput("vercelProjectId", vercel.Project.Id.Ref);
        builder.AddOutput("vercelProjectName", s.ResourceName);
        builder.AddOutput("neonProjectId", neon.Id.Ref);
        builder.AddOutput("neonMainBranchId", neon.DefaultBranchId.Ref);
        builder.AddOutput("neonDatabaseName", database.DatabaseName);
        builder.AddOutput("neonRoleName", database.RoleName);
        return builder.Build();
    }

    /// <summary>The program of the pass without config: every pinned package, nothing else.</summary>
    public static BuildResult Discovery(string project) => NewBuilder(project).Build();

    private static ProgramBuilder NewBuilder(string project)
    {
        var builder = new ProgramBuilder(project);
        foreach (var package in Packages.All)
        {
            builder.UsePackage(package);
        }

        return builder;
    }
}
