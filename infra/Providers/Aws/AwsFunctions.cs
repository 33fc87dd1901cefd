using Infra.Expressions;

namespace Infra.Providers.Aws;

/// <summary>AWS provider functions, as <c>fn::invoke</c> expressions.</summary>
public static class AwsFunctions
{
    /// <summary>The ARN of an OIDC provider that already exists in the account.</summary>
    public static InvokeExpr OpenIdConnectProviderArn(string url) => new(
        "aws:iam/getOpenIdConnectProvider:getOpenIdConnectProvider", ObjectExpr.From(("url", url)), "arn");
}
