using Infra.Expressions;
using Infra.Model;

namespace Infra.Providers.GitHub;

/// <summary>
/// <c>github:index/actionsSecret:ActionsSecret</c>: an Actions secret (<c>secrets.X</c>) of the
/// repository. The value is a Pulumi secret (a secret stack output); the provider encrypts it for
/// GitHub.
/// </summary>
public sealed record ActionsSecret(string Name, Input<string> Repository, Input<string> SecretName, Input<string> Value) : Resource(Name), ISummarized
{
    public override string Type => "github:index/actionsSecret:ActionsSecret";

    public IReadOnlyList<string> SummaryKeys { get; } = ["secretName"];

    public override ObjectExpr Inputs() => new ObjectBuilder()
        .Add("repository", Repository)
        .Add("secretName", SecretName)
        .Add("value", Value)
        .Build();
}
