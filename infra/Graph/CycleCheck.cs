using Infra.Expressions;
using Infra.Model;

namespace Infra.Graph;

/// <summary>Resources and variables form no cycle through their references.</summary>
internal static class CycleCheck
{
    public static IEnumerable<Diagnostic> Run(IEnumerable<Variable> variables, IEnumerable<Resource> resources)
    {
        var edges = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var v in variables)
        {
            edges[v.Name] = Targets(v.Value.Walk().OfType<Ref>());
        }

        foreach (var r in resources)
        {
            edges[r.Name] = Targets(r.Inputs().Walk().OfType<Ref>().Concat(r.Options.References()));
        }

        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false: on the path, true: done
        var path = new List<string>();
        var found = new List<Diagnostic>();
        foreach (var start in edges.Keys)
        {
            Visit(start, edges, state, path, found);
        }

        return found;
    }

    private static string[] Targets(IEnumerable<Ref> refs) =>
        [.. refs.Select(r => r.Root).Distinct(StringComparer.Ordinal)];

    private static void Visit(string node, Dictionary<string, string[]> edges, Dictionary<string, bool> state, List<string> path, List<Diagnostic> found)
    {
        if (state.TryGetValue(node, out var done))
        {
            if (!done)
            {
                var cycle = path.Skip(path.IndexOf(node)).Append(node);
                found.Add(Diagnostic.Error(DiagnosticCodes.Cycle, node, "dependency cycle: " + string.Join(" -> ", cycle)));
            }

            return;
        }

        if (!edges.TryGetValue(node, out var targets))
        {
            return;
        }

        state[node] = false;
        path.Add(node);
        foreach (var target in targets)
        {
            Visit(target, edges, state, path, found);
        }

        path.RemoveAt(path.Count - 1);
        state[node] = true;
    }
}
