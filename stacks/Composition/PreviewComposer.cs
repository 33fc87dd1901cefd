using System.Collections.Immutable;
using System.Globalization;
using Infra.Components;
using Infra.Expressions;
using Infra.Graph;
using Infra.Model;
using Infra.Policies;
using Infra.Stacks.Settings;

namespace Infra.Stacks.Composition;

/// <summary>
/// The program of a <c>pr-&lt;n&gt;</c> stack: a Neon branch of staging's database and preview
/// variables on staging's Vercel project scoped to the pull request's branch. Staging's ids come
/// through a stack reference. Nothing is protected, nothing is monitored, nothing pages: destroying
/// the stack leaves nothing behind. The release pull request (from staging's production branch)
/// has no preview of its own: staging's deployment is its preview, and its stack declares nothing.
/// </summary>
public static class PreviewComposer
{
    /// <summary>Vercel's limit on one DNS label of a branch URL.</summary>
    private const int MaxLabel = 63;

    public static BuildResult Compose(PreviewSettings p)
    {
        if (p.Branch == p.Base.Vercel.ProductionBranch || p.Base.Vercel.SkipBranches.Contains(p.Branch))
        {
            return Release(p);
        }

        var builder = StackComposer.NewBuilder(p.Base.Project);
        var staging = builder.Add(new StackReference(
            "staging-stack",
            new Input<string>(Interpolation.Of(new Ref(Ref.PulumiBuiltin, "organization"), "/", new Ref(Ref.PulumiBuiltin, "project"), "/" + p.Base.Stack))));

        // A database on another host has no branches to give a preview: it gets none of its own.
        var database = p.Base.ExternalDatabase ? null
            : PreviewDatabase.Declare(builder, new ComponentPath("neon"), new PreviewDatabaseArgs(p.DatabaseBranch, p.Base.Neon.MinCu, p.Base.Neon.MaxCu), staging);

        var url = p.Url ?? BranchUrl(builder, p);
        ImmutableArray<VercelTarget> preview = [VercelTarget.Preview];
        EnvVariable Bind(EnvVariableSpec spec, Input<string> value) => new(spec, value, preview) { GitBranch = p.Branch };
        var project = staging.Output("vercelProjectId");
        List<EnvVariable> variables = [Bind(EnvCatalog.AppUrl, url), Bind(EnvCatalog.NextAuthUrl, url), Bind(EnvCatalog.LogLevel, "debug")];
        if (database is not null)
        {
            variables.InsertRange(0, [Bind(EnvCatalog.DatabaseUrl, new Input<string>(database.PooledUri)), Bind(EnvCatalog.DirectUrl, new Input<string>(database.DirectUri))]);
        }

        if (p.Base.Cloudflare.R2Enabled)
        {
            variables.Insert(variables.FindIndex(v => v.Spec == EnvCatalog.LogLevel), Bind(EnvCatalog.R2KeyPrefix, p.KeyPrefix));
        }

        if (p.Base.Sentry.Enabled)
        {
            // Staging's value would report a preview's errors as staging's environment.
            variables.Add(Bind(EnvCatalog.SentryEnvironment, "preview"));
        }

        var added = new List<Infra.Providers.Vercel.ProjectEnvironmentVariable>();
        foreach (var variable in variables.Select(v => p.Base.Env.Apply(v, retarget: false)).OfType<EnvVariable>())
        {
            // Staging's renames and switched-off variables hold for its previews too (env.catalog).
            added.Add(VercelVariables.Add(builder, new ComponentPath("vercel"), project, variable));
        }

        builder.AddOutput("previewUrl", url);
        builder.AddOutput("gitBranch", p.Branch);
        if (database is not null)
        {
            builder.AddOutput("neonBranch", p.DatabaseBranch);
            builder.AddOutput("neonBranchId", database.Branch.Id.Ref);
            builder.AddOutput("databaseHost", database.Endpoint.Host.Ref);
        }

        if (p.Base.Cloudflare.R2Enabled)
        {
            builder.AddOutput("r2KeyPrefix", p.KeyPrefix);
        }

        builder.AddOutput("vercelVariablesDigest", VercelVariables.Digest(builder, new ComponentPath("vercel"), added));
        builder.AddOutput("vercelProject", p.Base.Vercel.ProjectName);
        builder.AddOutput("gitRepository", p.Base.GitHub.Repository);
        if (p.Base.Vercel.Scope is { } scope)
        {
            builder.AddOutput("vercelScope", scope);
        }

        return PolicySet.Apply(builder.Build(), new PolicyContext(Production: false, Preview: true));
    }

    /// <summary>
    /// The release pull request's stack: Vercel refuses a branch-scoped preview variable on a
    /// project's production branch, and that branch already deploys to staging with staging's
    /// database, so the stack declares no resource and points at staging.
    /// </summary>
    private static BuildResult Release(PreviewSettings p)
    {
        var builder = StackComposer.NewBuilder(p.Base.Project);
        builder.Report(Diagnostic.Warning(DiagnosticCodes.ReleaseBranchPreview, p.Stack,
            $"{p.Branch} is a branch that {p.Base.Stack}'s Vercel project deploys as production or never builds: the pull request's preview is {p.Base.AppUrl}, and this stack declares nothing"));
        builder.AddOutput("previewUrl", p.Base.AppUrl);
        builder.AddOutput("gitBranch", p.Branch);
        builder.AddOutput("releaseBranch", true);
        return PolicySet.Apply(builder.Build(), new PolicyContext(Production: false, Preview: true));
    }

    /// <summary>
    /// Vercel's branch URL, <c>https://&lt;project&gt;-git-&lt;branch&gt;-&lt;scope&gt;.vercel.app</c>. Vercel
    /// shortens labels over 63 characters with a hash this cannot predict: then a warning asks for <c>pr.url</c>.
    /// </summary>
    private static string BranchUrl(ProgramBuilder builder, PreviewSettings p)
    {
        var label = $"{p.Base.Vercel.ProjectName}-git-{ComponentPath.Slug(p.Branch)}-{p.Base.Vercel.Scope}";
        if (label.Length > MaxLabel)
        {
            builder.Report(Diagnostic.Warning(
                "INF201",
                "vercel-env-next-public-app-url",
                string.Create(CultureInfo.InvariantCulture, $"the branch URL label is {label.Length} characters; Vercel shortens labels over {MaxLabel}, so set the real URL with pr.url")));
        }

        return $"https://{label}.vercel.app";
    }
}
