using Infra.Expressions;
using Infra.Model;

namespace Infra.Providers.Vercel;

/// <summary>
/// <c>vercel:index/projectEnvironmentVariable:ProjectEnvironmentVariable</c>: one variable of a
/// project. <c>sensitive</c> is required by the provider; a sensitive value cannot be read back
/// and cannot target <c>development</c>.
/// </summary>
public sealed record ProjectEnvironmentVariable(string Name, Input<string> ProjectId, Input<string> Key, Input<bool> Sensitive) : Resource(Name), ISummarized
{
    public override string Type => "vercel:index/projectEnvironmentVariable:ProjectEnvironmentVariable";

    public Input<string>? Value { get; init; }

    public IReadOnlyList<Input<string>>? Targets { get; init; }

    /// <summary>Limits a preview variable to one Git branch.</summary>
    public Input<string>? GitBranch { get; init; }

    public Input<string>? Comment { get; init; }

    public IReadOnlyList<string> SummaryKeys { get; } = ["key", "targets", "sensitive", "gitBranch"];

    public override ObjectExpr Inputs() => new ObjectBuilder()
        .Add("projectId", ProjectId)
        .Add("key", Key)
        .Add("value", Value)
        .Add("targets", Targets)
        .Add("sensitive", Sensitive)
        .Add("gitBranch", GitBranch)
        .Add("comment", Comment)
        .Build();
}
