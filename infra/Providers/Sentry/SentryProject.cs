using Infra.Expressions;
using Infra.Model;

namespace Infra.Providers.Sentry;

/// <summary><c>sentry:index/project:Project</c>: a project owned by teams. Sentry's own default alert rule
/// and client key are switched off (<c>defaultRules</c>, <c>defaultKey</c>): the program declares the
/// rules and the key the app uses.</summary>
public sealed record SentryProject(string Name, Input<string> Organization, Input<string> ProjectName, Input<string> Slug) : Resource(Name), ISummarized
{
    public override string Type => "sentry:index/project:Project";

    public Input<string>? Platform { get; init; }

    /// <summary>The teams by slug (required by the provider).</summary>
    public required IReadOnlyList<Input<string>> Teams { get; init; }

    /// <summary>Let Sentry create its "alert on every new issue" rule at creation (jianyuan/sentry <c>default_rules</c>).</summary>
    public bool DefaultRules { get; init; }

    /// <summary>Let Sentry create a "Default" client key at creation (<c>default_key</c>).</summary>
    public bool DefaultKey { get; init; }

    public Output<string> SlugOutput => Output<string>("slug");

    public IReadOnlyList<string> SummaryKeys { get; } = ["slug", "platform"];

    public override ObjectExpr Inputs() => new ObjectBuilder()
        .Add("organization", Organization)
        .Add("name", ProjectName)
        .Add("slug", Slug)
        .Add("platform", Platform)
        .Add("teams", Teams)
        .Add("defaultRules", DefaultRules)
        .Add("defaultKey", DefaultKey)
        .Build();
}
