using Infra.Expressions;
using Infra.Model;

namespace Infra.Providers.Aws;

/// <summary><c>aws:iam/rolePolicyAttachment:RolePolicyAttachment</c>: a managed policy (by ARN) attached to a role.</summary>
public sealed record IamRolePolicyAttachment(string Name, Input<string> Role, Input<string> PolicyArn) : Resource(Name), ISummarized
{
    public override string Type => "aws:iam/rolePolicyAttachment:RolePolicyAttachment";

    public IReadOnlyList<string> SummaryKeys { get; } = ["policyArn"];

    public override ObjectExpr Inputs() => new ObjectBuilder()
        .Add("role", Role)
        .Add("policyArn", PolicyArn)
        .Build();
}
