using Infra.Expressions;
using Infra.Model;

namespace Infra.Providers.Aws;

/// <summary><c>aws:iam/rolePolicy:RolePolicy</c>: an inline policy of a role (JSON text).</summary>
public sealed record IamRolePolicy(string Name, Input<string> Role, Input<string> Policy) : Resource(Name), ISummarized
{
    public override string Type => "aws:iam/rolePolicy:RolePolicy";

    public Input<string>? PolicyName { get; init; }

    public IReadOnlyList<string> SummaryKeys { get; } = ["name"];

    public override ObjectExpr Inputs() => new ObjectBuilder()
        .Add("name", PolicyName)
        .Add("role", Role)
        .Add("policy", Policy)
        .Build();
}
