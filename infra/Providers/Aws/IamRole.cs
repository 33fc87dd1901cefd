using Infra.Expressions;
using Infra.Model;

namespace Infra.Providers.Aws;

/// <summary><c>aws:iam/role:Role</c>: a role and who may assume it (a policy as JSON text).</summary>
public sealed record IamRole(string Name, Input<string> AssumeRolePolicy) : Resource(Name), ISummarized
{
    public override string Type => "aws:iam/role:Role";

    public Input<string>? RoleName { get; init; }

    public Input<string>? Description { get; init; }

    public Input<long>? MaxSessionDuration { get; init; }

    public Output<string> Arn => Output<string>("arn");

    public IReadOnlyList<string> SummaryKeys { get; } = ["name"];

    public override ObjectExpr Inputs() => new ObjectBuilder()
        .Add("name", RoleName)
        .Add("description", Description)
        .Add("assumeRolePolicy", AssumeRolePolicy)
        .Add("maxSessionDuration", MaxSessionDuration)
        .Build();
}
