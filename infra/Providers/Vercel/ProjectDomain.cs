using Infra.Expressions;
using Infra.Model;

namespace Infra.Providers.Vercel;

/// <summary><c>vercel:index/projectDomain:ProjectDomain</c>: a custom domain served by a project.</summary>
public sealed record ProjectDomain(string Name, Input<string> ProjectId, Input<string> Domain) : Resource(Name), ISummarized
{
    public override string Type => "vercel:index/projectDomain:ProjectDomain";

    public Input<string>? GitBranch { get; init; }

    public IReadOnlyList<string> SummaryKeys { get; } = ["domain"];

    public override ObjectExpr Inputs() => new ObjectBuilder()
        .Add("projectId", ProjectId)
        .Add("domain", Domain)
        .Add("gitBranch", GitBranch)
        .Build();
}
