using Infra.Expressions;
using Infra.Model;

namespace Infra.Providers.Sentry;

/// <summary><c>sentry:index/key:Key</c>: a client key of a project; its public DSN goes to the app (public by design, not a secret).</summary>
public sealed record SentryKey(string Name, Input<string> Organization, Input<string> Project, Input<string> KeyName) : Resource(Name), ISummarized
{
    public override string Type => "sentry:index/key:Key";

    /// <summary>
    /// The public DSN, from the <c>dsn</c> map (<c>dsnPublic</c> is deprecated upstream). The provider
    /// marks the whole map secret; the public DSN ships in every browser bundle, so it is unsecreted.
    /// </summary>
    public Input<string> DsnPublic => new(new UnsecretExpr(new Ref(Name, "dsn[\"public\"]")));

    public IReadOnlyList<string> SummaryKeys { get; } = ["project", "name"];

    public override ObjectExpr Inputs() => new ObjectBuilder()
        .Add("organization", Organization)
        .Add("project", Project)
        .Add("name", KeyName)
        .Build();
}
