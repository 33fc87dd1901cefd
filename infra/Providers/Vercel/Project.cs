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

    /// <summary>Build no preview deployments at all (a project whose previews are another project's job).</summary>
    public Input<bool>? PreviewDeploymentsDisabled { get; init; }

    /// <summary>
    /// A shell command run before each build; exit code 0 skips the build (used to skip the other
    /// project's production branch).
    /// </summary>
    public Input<string>? IgnoreCommand { get; init; }

    /// <summary>Production builds go ahead of preview builds in the team's queue.</summary>
    public Input<bool>? PrioritiseProductionBuilds { get; init; }

    /// <summary>How long a client keeps talking to the deployment it loaded (<c>30 minutes</c> to <c>7 days</c>).</summary>
    public Input<string>? SkewProtection { get; init; }

    /// <summary>Expose <c>VERCEL_GIT_COMMIT_SHA</c> and the other system variables to builds and functions.</summary>
    public Input<bool>? AutomaticallyExposeSystemEnvironmentVariables { get; init; }

    /// <summary>The deploy hook URLs, by position in <see cref="ProjectGitRepository.DeployHooks"/> (secret: anyone with one can deploy).</summary>
    public Output<string> DeployHookUrl(int index) => Output<string>($"gitRepository.deployHooks[{index}].url");

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
        .Add("previewDeploymentsDisabled", PreviewDeploymentsDisabled)
        .Add("ignoreCommand", IgnoreCommand)
        .Add("prioritiseProductionBuilds", PrioritiseProductionBuilds)
        .Add("skewProtection", SkewProtection)
        .Add("automaticallyExposeSystemEnvironmentVariables", AutomaticallyExposeSystemEnvironmentVariables)
        .Build();
}
