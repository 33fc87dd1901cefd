using Infra.Expressions;
using Infra.Model;

namespace Infra.Providers.Sentry;

/// <summary><c>sentry:index/team:Team</c>: a team of the organization.</summary>
public sealed record SentryTeam(string Name, Input<string> Organization, Input<string> TeamName, Input<string> Slug) : Resource(Name), ISummarized
{
    public override string Type => "sentry:index/team:Team";

    /// <summary>The team's numeric id as text (alert email targets).</summary>
    public Output<string> InternalId => Output<string>("internalId");

    public Output<string> SlugOutput => Output<string>("slug");

    public IReadOnlyList<string> SummaryKeys { get; } = ["organization", "slug"];

    public override ObjectExpr Inputs() => new ObjectBuilder()
        .Add("organization", Organization)
        .Add("name", TeamName)
        .Add("slug", Slug)
        .Build();
}
