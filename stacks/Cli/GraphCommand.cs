using System.CommandLine;
using System.Globalization;
using System.Text;
using Infra.Expressions;
using Infra.Graph;

namespace Infra.Stacks.Cli;

/// <summary><c>graph &lt;stack&gt;</c>: the dependency graph as a Mermaid flowchart (an edge from each resource to what it references).</summary>
public static class GraphCommand
{
    public static Command Create(CliContext context, Option<string[]> config)
    {
        var stack = new Argument<string>("stack") { Description = "The stack to draw (prod, staging, pr-<n>, ...)." };
        var command = new Command("graph", "Print a stack's dependency graph as a Mermaid flowchart.") { stack };
        command.SetAction(parse => Run(context, parse.GetRequiredValue(stack), parse.GetValue(config) ?? []));
        return command;
    }

    public static int Run(CliContext context, string stack, IReadOnlyList<string> overrides)
    {
        var (program, exitCode) = BuildOutcome.Resolve(context, StackLoader.FromStackFile(context, stack, overrides));
        if (program is null)
        {
            return exitCode;
        }

        context.Out.Write(Mermaid(program));
        return ExitCodes.Ok;
    }

    public static string Mermaid(ProgramGraph program)
    {
        var text = new StringBuilder("flowchart LR\n");
        var nodes = program.Resources.Where(r => !r.IsDefaultProvider).Select(r => (r.Name, Label: r.Type.Split(':')[^1], Refs: r.Inputs().Walk().OfType<Ref>().Concat(r.Options.References())))
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
