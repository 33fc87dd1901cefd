using Infra.Expressions;
using Infra.Model;

namespace Infra.Providers.Vercel;

/// <summary>
/// <c>vercel:index/projectDeploymentRetention:ProjectDeploymentRetention</c>: how long Vercel keeps a
/// project's deployments (<c>1d</c>, <c>1w</c>, <c>1m</c>, <c>2m</c>, <c>3m</c>, <c>6m</c>, <c>1y</c>,
/// <c>unlimited</c>); an Instant Rollback needs the deployment to still exist.
/// </summary>
public sealed record ProjectDeploymentRetention(string Name, Input<string> ProjectId) : Resource(Name), ISummarized
{
    public override string Type => "vercel:index/projectDeploymentRetention:ProjectDeploymentRetention";

    public required Input<string> ExpirationProduction { get; init; }

    public required Input<string> ExpirationPreview { get; init; }

    public required Input<string> ExpirationErrored { get; init; }

    public required Input<string> ExpirationCanceled { get; init; }

    public IReadOnlyList<string> SummaryKeys { get; } = ["expirationProduction", "expirationPreview"];

    public override ObjectExpr Inputs() => new ObjectBuilder()
        .Add("projectId", ProjectId)
        .Add("expirationProduction", ExpirationProduction)
        .Add("expirationPreview", ExpirationPreview)
        .Add("expirationErrored", ExpirationErrored)
        .Add("expirationCanceled", ExpirationCanceled)
        .Build();
}
