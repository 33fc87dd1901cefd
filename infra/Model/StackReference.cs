using Infra.Expressions;

namespace Infra.Model;

/// <summary>
/// <c>pulumi:pulumi:StackReference</c>: reads another stack's outputs (secret ones stay secret).
/// <paramref name="StackName"/> is fully qualified, <c>organization/project/stack</c>.
/// </summary>
public sealed record StackReference(string Name, Input<string> StackName) : Resource(Name), ISummarized
{
    public override string Type => "pulumi:pulumi:StackReference";

    /// <summary>One output of the referenced stack.</summary>
    public Output<string> Output(string name) => Output<string>("outputs." + name);

    public IReadOnlyList<string> SummaryKeys { get; } = ["name"];

    public override ObjectExpr Inputs() => new ObjectBuilder().Add("name", StackName).Build();
}
