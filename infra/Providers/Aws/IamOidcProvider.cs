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
