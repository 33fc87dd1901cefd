using Infra.Expressions;
using Infra.Graph;
using Infra.Model;
using Infra.Providers.Vercel;
using VercelProject = Infra.Providers.Vercel.Project;

namespace Infra.Components;

/// <summary>
/// A Next.js app on Vercel for one stack: the project linked to its repository (building only the
/// pushes that are this stack's, see <see cref="VercelBuilds"/>), with a deploy hook on its
/// production branch for redeploys after variable changes, the stack's custom domain, how long
/// deployments are kept, and its environment variables.
/// </summary>
public sealed class VercelApp
{
    private readonly ProgramBuilder _builder;
    private readonly ComponentPath _path;
    private readonly List<ProjectEnvironmentVariable> _variables = [];

    private VercelApp(ProgramBuilder builder, ComponentPath path, VercelProject project, ProjectDomain domain)
    {
        _builder = builder;
        _path = path;
        Project = project;
        Domain = domain;
    }

    public VercelProject Project { get; }

    public ProjectDomain Domain { get; }

    /// <summary>The stack's public URL, <c>https://&lt;domain&gt;</c>.</summary>
    public static string Url(VercelAppArgs args) => "https://" + args.Domain;

    public static VercelApp Declare(ProgramBuilder builder, ComponentPath path, VercelAppArgs args)
    {
        var project = builder.Add(new VercelProject(path.Name("project"))
        {
            ProjectName = args.ProjectName,
            Framework = args.Framework,
            InstallCommand = args.InstallCommand,
            BuildCommand = args.BuildCommand is { } build ? (Input<string>?)build : null,
            OutputDirectory = args.OutputDirectory,
            NodeVersion = args.NodeVersion,
            GitForkProtection = true,
            GitRepository = new ProjectGitRepository(args.Repository, "github")
            {
                ProductionBranch = args.ProductionBranch,
                DeployHooks = [new ProjectDeployHook(VercelAppArgs.RedeployHookName, args.ProductionBranch)],
            },
            ResourceConfig = new ProjectResourceConfig
            {
                FunctionDefaultRegions = [.. args.FunctionRegions.Select(r => (Input<string>)r)],
                FunctionDefaultTimeout = args.MaxDurationSeconds,
            },
            VercelAuthentication = new ProjectVercelAuthentication(args.PreviewProtection),
            PreviewDeploymentsDisabled = !args.Builds.Previews,
            IgnoreCommand = args.Builds.IgnoreCommand is { } ignore ? (Input<string>?)ignore : null,
            PrioritiseProductionBuilds = true,
            SkewProtection = args.SkewProtection is { } skew ? (Input<string>?)skew : null,
            AutomaticallyExposeSystemEnvironmentVariables = true,
            Options = args.Protect ? ResourceOptions.Protected : ResourceOptions.None,
        });
        var domain = builder.Add(new ProjectDomain(path.Name("domain"), project.Id, args.Domain));
        builder.Add(new ProjectDeploymentRetention(path.Name("retention"), project.Id)
        {
            ExpirationProduction = args.KeepProductionDeployments,
            ExpirationPreview = args.KeepPreviewDeployments,
            ExpirationErrored = "1w",
            ExpirationCanceled = "1w",
        });
        return new VercelApp(builder, path, project, domain);
    }

    /// <summary>The deploy hook's URL: a POST redeploys the production branch with the current variables (a secret).</summary>
    public Output<string> RedeployHookUrl => Project.DeployHookUrl(0);

    /// <summary>Adds a variable to the project. Its logical name comes from its key (<c>vercel-env-database-url</c>).</summary>
    public ProjectEnvironmentVariable AddVariable(EnvVariable variable)
    {
        var resource = VercelVariables.Add(_builder, _path, Project.Id, variable);
        _variables.Add(resource);
        return resource;
    }

    /// <summary>
    /// A secret SHA-256 of every variable added so far (key, targets, branch, value): the deploy
    /// workflow compares it before and after <c>pulumi up</c> and calls the deploy hook when it
    /// changed, since Vercel applies variables only to new deployments.
    /// </summary>
    public Expr VariablesDigest() => VercelVariables.Digest(_builder, _path, _variables);
}
