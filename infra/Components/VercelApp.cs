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
    public ProjectEnvironmentVariable AddVariable(EnvVariable variable)
    {
        var name = variable.GitBranch is null
            ? _path.Name("env-" + variable.Key)
            : _path.Name("env-" + variable.Key + "-" + variable.GitBranch);
        if (variable.Targets.IsEmpty)
        {
            _builder.Report(Diagnostic.Error(DiagnosticCodes.NoTargets, name, $"{variable.Key} has no targets; give at least one of production, preview, development"));
        }

        if (variable.Spec.Sensitive && variable.Targets.Contains(VercelTarget.Development))
        {
            _builder.Report(Diagnostic.Error(
                DiagnosticCodes.SensitiveInDevelopment, name, $"{variable.Key} is sensitive and cannot target development (Vercel refuses it); target production and preview only"));
        }

        return _builder.Add(new ProjectEnvironmentVariable(name, Project.Id, variable.Key, variable.Spec.Sensitive)
        {
            Value = variable.Value,
            Targets = [.. variable.Targets.Select(t => (Input<string>)t.ToString().ToLowerInvariant())],
            GitBranch = variable.GitBranch is { } branch ? (Input<string>?)branch : null,
            Comment = variable.Spec.Description,
        });
    }
}
