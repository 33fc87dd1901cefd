using Infra.Expressions;
using Infra.Graph;
using Infra.Model;
using Infra.Providers.Vercel;
using VercelProject = Infra.Providers.Vercel.Project;

namespace Infra.Components;

/// <summary>
/// A Next.js app on Vercel for one stack: the project linked to its repository, the stack's
/// custom domain and its environment variables.
/// </summary>
public sealed class VercelApp
{
    private readonly ProgramBuilder _builder;
    private readonly ComponentPath _path;

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
            BuildCommand = args.BuildCommand,
            OutputDirectory = args.OutputDirectory,
            NodeVersion = args.NodeVersion,
            GitForkProtection = true,
            GitRepository = new ProjectGitRepository(args.Repository, "github") { ProductionBranch = args.ProductionBranch },
            ResourceConfig = new ProjectResourceConfig { FunctionDefaultRegions = [.. args.FunctionRegions.Select(r => (Input<string>)r)] },
            VercelAuthentication = new ProjectVercelAuthentication(args.PreviewProtection),
            Options = args.Protect ? ResourceOptions.Protected : ResourceOptions.None,
        });
        var domain = builder.Add(new ProjectDomain(path.Name("domain"), project.Id, args.Domain));
        return new VercelApp(builder, path, project, domain);
    }

    /// <summary>Adds a variable to the project. Its logical name comes from its key (<c>vercel-env-database-url</c>).</summary>
    public ProjectEnvironmentVariable AddVariable(EnvVariable variable) => VercelVariables.Add(_builder, _path, Project.Id, variable);
}
