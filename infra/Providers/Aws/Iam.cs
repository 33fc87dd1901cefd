using Infra.Expressions;
using Infra.Model;

namespace Infra.Providers.Aws;

/// <summary><c>aws:iam/openIdConnectProvider:OpenIdConnectProvider</c>: trusts an OIDC issuer (GitHub Actions).</summary>
public sealed record IamOidcProvider(string Name, Input<string> Url, IReadOnlyList<Input<string>> ClientIds) : Resource(Name), ISummarized
{
    public override string Type => "aws:iam/openIdConnectProvider:OpenIdConnectProvider";

    public Output<string> Arn => Output<string>("arn");

    public IReadOnlyList<string> SummaryKeys { get; } = ["url"];

    public override ObjectExpr Inputs() => new ObjectBuilder()
        .Add("url", Url)
        .Add("clientIdLists", ClientIds)
        .Build();
}

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
