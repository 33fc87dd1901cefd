using Infra.Expressions;
using Infra.Model;

namespace Infra.Providers.Neon;

/// <summary>
/// <c>neon:index/project:Project</c> (kislerdm/neon 0.15.0): a Neon project with its default
/// branch, role and database. Role and database are always named explicitly.
/// </summary>
public sealed record Project(string Name) : Resource(Name), ISummarized
{
    public override string Type => "neon:index/project:Project";

    /// <summary>The project's name in Neon (physical name).</summary>
    public Input<string>? ProjectName { get; init; }

    public Input<string>? RegionId { get; init; }

    public Input<long>? PgVersion { get; init; }

    public Input<long>? HistoryRetentionSeconds { get; init; }

    public Input<string>? OrgId { get; init; }

    public ProjectBranch? Branch { get; init; }

    public ProjectDefaultEndpointSettings? DefaultEndpointSettings { get; init; }

    /// <summary>
    /// Protects the default branch in Neon: it, its computes and the project cannot be deleted
    /// through the API or the console. The provider sets it at creation and on every update
    /// (provider/resource_project.go L887-900, L991-1003); unset means false, which unprotects.
    /// </summary>
    public Input<bool>? DefaultBranchProtected { get; init; }

    /// <summary>The default branch's direct connection URI (secret).</summary>
    public Output<string> ConnectionUri => Output<string>("connectionUri");

    /// <summary>The default branch's pooled connection URI (secret).</summary>
    public Output<string> ConnectionUriPooler => Output<string>("connectionUriPooler");

    public Output<string> DatabaseHost => Output<string>("databaseHost");

    public Output<string> DatabaseHostPooler => Output<string>("databaseHostPooler");

    public Output<string> DatabaseName => Output<string>("databaseName");

    public Output<string> DatabaseUser => Output<string>("databaseUser");

    public Output<string> DefaultBranchId => Output<string>("defaultBranchId");

    public Output<string> DefaultEndpointId => Output<string>("defaultEndpointId");

    /// <summary>
    /// The organization the project belongs to: the provider records it after create and read
    /// also when <see cref="OrgId"/> is unset (an organization API key implies it;
    /// provider/resource_project.go <c>updateStateProject</c>).
    /// </summary>
    public Output<string> OrgIdOutput => Output<string>("orgId");

    public IReadOnlyList<string> SummaryKeys { get; } = ["name", "regionId", "pgVersion", "historyRetentionSeconds", "defaultBranchProtected"];

    public override ObjectExpr Inputs() => new ObjectBuilder()
        .Add("name", ProjectName)
        .Add("regionId", RegionId)
        .Add("pgVersion", PgVersion)
        .Add("historyRetentionSeconds", HistoryRetentionSeconds)
        .Add("orgId", OrgId)
        .Add("branch", Branch)
        .Add("defaultEndpointSettings", DefaultEndpointSettings)
        .Add("defaultBranchProtected", DefaultBranchProtected)
        .Build();
}
