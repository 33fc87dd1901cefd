using System.Collections.Immutable;
using Infra.Model;

namespace Infra.Graph;

/// <summary>
/// A checked program: the pinned packages, config it reads, variables, resources (in declaration
/// order) and stack outputs. Built only through
/// <see cref="ProgramBuilder"/>, which guarantees unique names, resolved references and no cycles.
/// </summary>
public sealed record ProgramGraph(
    string Project,
    ImmutableArray<ProviderPackage> Packages,
    ImmutableArray<ConfigDeclaration> Config,
    ImmutableArray<Variable> Variables,
    ImmutableArray<Resource> Resources,
    ImmutableArray<StackOutput> Outputs)
{
    public Resource? FindResource(string name) => Resources.FirstOrDefault(r => r.Name == name);

    public T Get<T>(string name)
        where T : Resource =>
        Resources.OfType<T>().SingleOrDefault(r => r.Name == name)
        ?? throw new KeyNotFoundException($"no {typeof(T).Name} named '{name}'");

    public StackOutput? FindOutput(string name) => Outputs.FirstOrDefault(o => o.Name == name);

    /// <summary>The package of a type or function token: its first segment, or <c>&lt;pkg&gt;</c> of <c>pulumi:providers:&lt;pkg&gt;</c>.</summary>
    public static string PackageName(string token) =>
        token.StartsWith("pulumi:providers:", StringComparison.Ordinal)
            ? token["pulumi:providers:".Length..]
            : token.Split(':')[0];
}
