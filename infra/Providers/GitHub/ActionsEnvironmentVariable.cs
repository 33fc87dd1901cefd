using Infra.Expressions;
using Infra.Model;

namespace Infra.Providers.GitHub;

/// <summary><c>github:index/actionsEnvironmentVariable:ActionsEnvironmentVariable</c>: an Actions variable (<c>vars.X</c>) of one environment; it overrides a repository variable of the same name.</summary>
public sealed record ActionsEnvironmentVariable(string Name, Input<string> Repository, Input<string> Environment, Input<string> VariableName, Input<string> Value)
    : Resource(Name), ISummarized
{
    public override string Type => "github:index/actionsEnvironmentVariable:ActionsEnvironmentVariable";

    public IReadOnlyList<string> SummaryKeys { get; } = ["environment", "variableName"];

    public override ObjectExpr Inputs() => new ObjectBuilder()
        .Add("repository", Repository)
        .Add("environment", Environment)
        .Add("variableName", VariableName)
        .Add("value", Value)
        .Build();
}
