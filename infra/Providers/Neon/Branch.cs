using Infra.Expressions;
using Infra.Model;

namespace Infra.Providers.Neon;

/// <summary>
/// <c>neon:index/branch:Branch</c>: a copy-on-write branch of a parent branch. It inherits the
/// parent's roles and databases, which are therefore never declared again.
/// </summary>
public sealed record Branch(string Name, Input<string> ProjectId) : Resource(Name), ISummarized
{
    public override string Type => "neon:index/branch:Branch";

    public Input<string>? BranchName { get; init; }

    public Input<string>? ParentId { get; init; }

    public IReadOnlyList<string> SummaryKeys { get; } = ["name", "parentId"];

    public override ObjectExpr Inputs() => new ObjectBuilder()
        .Add("projectId", ProjectId)
        .Add("name", BranchName)
        .Add("parentId", ParentId)
        .Build();
}
