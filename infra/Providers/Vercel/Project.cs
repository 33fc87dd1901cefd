using Infra.Expressions;
using Infra.Model;

namespace Infra.Providers.Vercel;

/// <summary><c>vercel:index/project:Project</c>: a Vercel project linked to a Git repository.</summary>
public sealed record Project(string Name) : Resource(Name), ISummarized
{
    public override string Type => "vercel:index/project:Project";

    /// <summary>The project's name in Vercel (physical name).</summary>
    public Input<string>? ProjectName { get; init; }

    public Input<string>? Framework { get; init; }

    public Input<string>? InstallCommand { get; init; }

    public Input<string>? BuildCommand { get; init; }

    public Input<string>? OutputDirectory { get; init; }

    public Input<string>? NodeVersion { get; init; }

    public Input<bool>? GitForkProtection { get; init; }

    public ProjectGitRepository? GitRepository { get; init; }

    public ProjectResourceConfig? ResourceConfig { get; init; }

    public ProjectVercelAuthentication? VercelAuthentication { get; init; }

    public IReadOnlyList<string> SummaryKeys { get; } = ["name", "framework", "nodeVersion"];

    public override ObjectExpr Inputs() => new ObjectBuilder()
        .Add("name", ProjectName)
        .Add("framework", Framework)
        .Add("installCommand", InstallCommand)
        .Add("buildCommand", BuildCommand)
        .Add("outputDirectory", OutputDirectory)
        .Add("nodeVersion", NodeVersion)
        .Add("gitForkProtection", GitForkProtection)
        .Add("gitRepository", GitRepository)
        .Add("resourceConfig", ResourceConfig)
        .Add("vercelAuthentication", VercelAuthentication)
        .Build();
}
