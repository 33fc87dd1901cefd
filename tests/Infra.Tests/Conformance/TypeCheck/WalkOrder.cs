namespace Infra.Tests.Conformance.TypeCheck;

/// <summary>
/// The order in which pulumi-yaml checks the program (<c>topologicallySortedResources</c>, pulumi-yaml
/// <c>pkg/pulumiyaml/sort.go:100-282</c>, v1.38.1): config first; then, depth first, each resource (in file order)
/// and variable after what it references and after its package's default provider; a name nobody declares becomes
/// a <see cref="MissingNode"/> where it is first needed. Outputs are checked after all of these.
/// </summary>
internal static class WalkOrder
{
    public static IReadOnlyList<ProgramNode> Sort(
        string project,
        IReadOnlyList<ConfigNode> config,
        IReadOnlyList<ResourceNode> resources,
        IReadOnlyList<VariableNode> variables)
    {
        var sorted = new List<ProgramNode>(config);
        var visited = new HashSet<string>(config.Select(c => c.Name), StringComparer.Ordinal);
        var visiting = new HashSet<string>(StringComparer.Ordinal);
        var order = new List<string>();
        var nodes = new Dictionary<string, ProgramNode>(StringComparer.Ordinal);
        void Add(ProgramNode node)
        {
            if (nodes.TryAdd(node.Name, node))
            {
                order.Add(node.Name);
            }
        }

        foreach (var node in config.Concat<ProgramNode>(resources).Concat(variables))
        {
            Add(node);
        }

        // sort.go:164-169: default providers by package name.
        var defaultProviders = resources.Where(r => r.IsDefaultProvider)
            .ToDictionary(r => r.Token.Split(':')[2], r => r.Name, StringComparer.Ordinal);

        bool Visit(string name)
        {
            if (!nodes.TryGetValue(name, out var node))
            {
                // sort.go:203-215: `${<project>:key}` is the config key `key`.
                var stripped = name.StartsWith(project + ":", StringComparison.Ordinal) ? name[(project.Length + 1)..] : name;
                if (nodes.TryGetValue(stripped, out var found))
                {
                    name = stripped;
                    node = found;
                }
                else
                {
                    node = new MissingNode(name);
                    Add(node);
                }
            }

            if (visiting.Contains(name))
            {
                return false; // a cycle; ProgramBuilder already refuses those
            }

            if (visited.Contains(name))
            {
                return true;
            }

            visiting.Add(name);
            foreach (var dependency in Dependencies(node).Where(d => d != SymbolTable.BuiltinName))
            {
                if (!Visit(dependency))
                {
                    return false;
                }
            }

            // sort.go:244-258: a resource without an explicit provider comes after its package's default provider.
            if (node is ResourceNode { Options.Provider: null, IsDefaultProvider: false } resource
                && defaultProviders.TryGetValue(resource.Token.Split(':')[0], out var provider)
                && !Visit(provider))
            {
                return false;
            }

            visiting.Remove(name);
            visited.Add(name);
            sorted.Add(node);
            return true;
        }

        while (order.FirstOrDefault(n => !visited.Contains(n)) is { } next && Visit(next))
        {
        }

        return sorted;
    }

    private static IEnumerable<string> Dependencies(ProgramNode node) => node switch
    {
        ResourceNode r => (r.Properties ?? []).SelectMany(p => References(p.Value))
            .Concat(r.Options.Dependencies().SelectMany(References)),
        VariableNode v => References(v.Value),
        _ => [],
    };

    /// <summary><c>getExpressionDependencies</c> (<c>expr.go:49-90</c>): the root names in walk order.</summary>
    public static IEnumerable<string> References(AstExpr expr) => expr switch
    {
        AstSymbol s => [s.Path.RootName],
        AstInterpolate i => i.Parts.Where(p => p.Value is not null).Select(p => p.Value!.RootName),
        AstInvoke invoke => References(invoke.Args).Concat(invoke.Provider is null ? [] : References(invoke.Provider)),
        _ => expr.Children().SelectMany(References),
    };
}
