using Infra.Expressions;
using Infra.Model;

namespace Infra.Providers.Sentry;

/// <summary><c>sentry:index/sentryKey:SentryKey</c>: a client key of a project; its public DSN goes to the app.</summary>
public sealed record SentryKey(string Name, Input<string> Organization, Input<string> Project, Input<string> KeyName) : Resource(Name), ISummarized
{
    public override string Type => "sentry:index/sentryKey:SentryKey";

    public Output<string> DsnPublic => Output<string>("dsnPublic");

    public IReadOnlyList<string> SummaryKeys { get; } = ["project", "name"];

    public override ObjectExpr Inputs() => new ObjectBuilder()
        .Add("organization", Organization)
        .Add("project", Project)
        .Add("name", KeyName)
        .Build();
}
