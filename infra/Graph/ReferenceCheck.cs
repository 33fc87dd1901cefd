using Infra.Expressions;
using Infra.Model;

namespace Infra.Graph;

/// <summary>Every reference names something the program declares.</summary>
internal static class ReferenceCheck
{
    public static IEnumerable<Diagnostic> Run(
        IReadOnlySet<string> names,
        IEnumerable<Variable> variables,
        IEnumerable<Resource> resources,
        IEnumerable<StackOutput> outputs)
    {
        foreach (var v in variables)
        {
            foreach (var d in Check(names, v.Name, v.Value.Walk().OfType<Ref>()))
            {
                yield return d;
            }
        }

        foreach (var r in resources)
        {
            foreach (var d in Check(names, r.Name, r.Inputs().Walk().OfType<Ref>().Concat(r.Options.References())))
            {
                yield return d;
            }
        }

        foreach (var o in outputs)
        {
            foreach (var d in Check(names, "outputs." + o.Name, o.Value.Walk().OfType<Ref>()))
            {
                yield return d;
            }
        }
    }

    private static IEnumerable<Diagnostic> Check(IReadOnlySet<string> names, string location, IEnumerable<Ref> refs) =>
        refs.Where(r => !names.Contains(r.Root))
            .Select(r => r.Root)
            .Distinct(StringComparer.Ordinal)
            .Select(root => Diagnostic.Error(
                DiagnosticCodes.UnknownReference, location, $"references '{root}', which is not a resource, variable or config key of the program"));
}
