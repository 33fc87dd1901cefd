using Infra.Expressions;
using Infra.Model;

namespace Infra.Providers.GitHub;

/// <summary><c>github:index/actionsVariable:ActionsVariable</c>: an Actions variable (<c>vars.X</c>) of the repository, seen by every job.</summary>
public sealed record ActionsVariable(string Name, Input<string> Repository, Input<string> VariableName, Input<string> Value) : Resource(Name), ISummarized
{
    public override string Type => "github:index/actionsVariable:ActionsVariable";

    public IReadOnlyList<string> SummaryKeys { get; } = ["variableName"];

    public override ObjectExpr Inputs() => new ObjectBuilder()
        .Add("repository", Repository)
        .Add("variableName", VariableName)
        .Add("value", Value)
        .Build();
}
