using Infra.Expressions;
using Infra.Model;

namespace Infra.Providers.GitHub;

/// <summary>
/// <c>github:index/actionsEnvironmentSecret:ActionsEnvironmentSecret</c>: an Actions secret
/// (<c>secrets.X</c>) of one environment. Only a job that runs in that environment (which deploys
/// only from <c>main</c>) can read it, and it overrides a repository secret of the same name. The
/// value is a Pulumi secret; the provider encrypts it for GitHub.
/// </summary>
public sealed record ActionsEnvironmentSecret(string Name, Input<string> Repository, Input<string> Environment, Input<string> SecretName, Input<string> Value)
    : Resource(Name), ISummarized
{
    public override string Type => "github:index/actionsEnvironmentSecret:ActionsEnvironmentSecret";

    public IReadOnlyList<string> SummaryKeys { get; } = ["environment", "secretName"];

    public override ObjectExpr Inputs() => new ObjectBuilder()
        .Add("repository", Repository)
        .Add("environment", Environment)
        .Add("secretName", SecretName)
        .Add("value", Value)
        .Build();
}
