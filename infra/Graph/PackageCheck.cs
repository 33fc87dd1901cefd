using Infra.Expressions;
using Infra.Model;

namespace Infra.Graph;

/// <summary>
/// Every resource and invoke belongs to a pinned package, and none pins a version or download URL
/// of its own: the writer stamps the package's pin on each, so the engine creates one default
/// provider per package (pkg/resource/deploy/providers/provider.go keys default providers by
/// package, version and URL) and that provider reads the stack's provider config. A second
/// version would create a second default provider; a version on a parameterized package's resource
/// makes pulumi-yaml drop the lock file's package reference (pkg/pulumiyaml/run.go, v1.38.1).
/// </summary>
internal static class PackageCheck
{
    public static IEnumerable<Diagnostic> Run(
        IReadOnlyCollection<ProviderPackage> packages, IEnumerable<Resource> resources, IEnumerable<Variable> variables, IEnumerable<StackOutput> outputs)
    {
        var pinned = packages.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        pinned.Add(Ref.PulumiBuiltin);
        foreach (var r in resources)
        {
            if (!pinned.Contains(r.Package))
            {
                yield return Diagnostic.Error(
                    DiagnosticCodes.UnpinnedPackage, r.Name, $"type {r.Type} belongs to package '{r.Package}', which is not pinned; pin it with UsePackage");
            }

            if (r.Options.Version is not null || r.Options.PluginDownloadUrl is not null)
            {
                yield return Diagnostic.Error(
                    DiagnosticCodes.OwnPin, r.Name, $"sets its own version or pluginDownloadURL; the package '{r.Package}' pin applies to every resource (change it in Packages)");
            }
        }

        var expressions = resources.SelectMany(r => r.Inputs().Walk().Select(e => (r.Name, e)))
            .Concat(variables.SelectMany(v => v.Value.Walk().Select(e => ("variables." + v.Name, e))))
            .Concat(outputs.SelectMany(o => o.Value.Walk().Select(e => ("outputs." + o.Name, e))));
        foreach (var (where, e) in expressions)
        {
            if (e is InvokeExpr invoke && !pinned.Contains(ProgramGraph.PackageName(invoke.Function)))
            {
                yield return Diagnostic.Error(
                    DiagnosticCodes.UnpinnedPackage, where, $"fn::invoke {invoke.Function} belongs to package '{ProgramGraph.PackageName(invoke.Function)}', which is not pinned; pin it with UsePackage");
            }
        }
    }
}
