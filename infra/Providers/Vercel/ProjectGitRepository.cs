using Infra.Expressions;

namespace Infra.Providers.Vercel;

/// <summary>The Git repository a project deploys from (<c>ProjectGitRepository</c>).</summary>
public sealed record ProjectGitRepository(Input<string> Repo, Input<string> Type) : IInputObject
{
    public Input<string>? ProductionBranch { get; init; }

    /// <summary>Deploy hooks: a secret URL each that deploys its branch when called (a redeploy with the current variables).</summary>
    public IReadOnlyList<ProjectDeployHook>? DeployHooks { get; init; }

    public ObjectExpr ToExpr() => new ObjectBuilder()
        .Add("repo", Repo)
        .Add("type", Type)
        .Add("productionBranch", ProductionBranch)
        .Add("deployHooks", DeployHooks)
        .Build();
}
