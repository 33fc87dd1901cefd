using Infra.Expressions;

namespace Infra.Providers.Vercel;

/// <summary>Which deployments require a Vercel login (<c>ProjectVercelAuthentication</c>).</summary>
public sealed record ProjectVercelAuthentication(Input<string> DeploymentType) : IInputObject
{
    public ObjectExpr ToExpr() => new ObjectBuilder().Add("deploymentType", DeploymentType).Build();
}
