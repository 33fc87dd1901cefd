using System.Globalization;
using System.Text;
using Infra.Expressions;
using Infra.Graph;

namespace Infra.Stacks.Cli;

/// <summary><c>graph &lt;stack&gt;</c>: the dependency graph as a Mermaid flowchart (an edge from each resource to what it references).</summary>
public static class MermaidGraph
{
    public static string Render(ProgramGraph program, string stack)
    {
        var text = new StringBuilder("flowchart LR\n").Append(CultureInfo.InvariantCulture, $"  %% stack {stack}: an arrow points at what a resource references\n");
        var nodes = program.Resources.Select(r => (r.Name, Label: r.Type.Split(':')[^1], Refs: r.Inputs().Walk().OfType<Ref>().Concat(r.Options.References())))
            .Concat(program.Variables.Select(v => (v.Name, Label: "value", Refs: v.Value.Walk().OfType<Ref>())))
            .ToList();
        var known = nodes.Select(n => n.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var (name, label, _) in nodes)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {Id(name)}[\"{name}<br/><small>{label}</small>\"]\n");
        }

        foreach (var (name, _, refs) in nodes)
        {
            foreach (var target in refs.Select(r => r.Root).Where(known.Contains).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                text.Append(CultureInfo.InvariantCulture, $"  {Id(name)} --> {Id(target)}\n");
            }
        }

        return text.ToString();
    }

    private static string Id(string name) => name.Replace('-', '_');
}
