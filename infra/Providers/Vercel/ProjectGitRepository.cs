using Infra.Expressions;

namespace Infra.Providers.Vercel;

/// <summary>The Git repository a project deploys from (<c>ProjectGitRepository</c>).</summary>
public sealed record ProjectGitRepository(Input<string> Repo, Input<string> Type) : IInputObject
{
    public Input<string>? ProductionBranch { get; init; }

    public ObjectExpr ToExpr() => new ObjectBuilder()
        .Add("repo", Repo)
        .Add("type", Type)
        .Add("productionBranch", ProductionBranch)
        .Build();
}
