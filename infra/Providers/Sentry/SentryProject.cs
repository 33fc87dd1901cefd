using Infra.Expressions;
using Infra.Model;

namespace Infra.Providers.Sentry;

/// <summary><c>sentry:index/sentryProject:SentryProject</c>: a project owned by teams.</summary>
public sealed record SentryProject(string Name, Input<string> Organization, Input<string> ProjectName, Input<string> Slug) : Resource(Name), ISummarized
{
    public override string Type => "sentry:index/sentryProject:SentryProject";

    public Input<string>? Platform { get; init; }

    public IReadOnlyList<Input<string>>? Teams { get; init; }

    public Output<string> SlugOutput => Output<string>("slug");

    public IReadOnlyList<string> SummaryKeys { get; } = ["slug", "platform"];

    public override ObjectExpr Inputs() => new ObjectBuilder()
        .Add("organization", Organization)
        .Add("name", ProjectName)
        .Add("slug", Slug)
        .Add("platform", Platform)
        .Add("teams", Teams)
        .Build();
}
