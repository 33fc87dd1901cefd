using Infra.Model;

namespace Infra.Graph;

/// <summary>Every resource's package is pinned, so no plugin version is left to chance.</summary>
internal static class PackageCheck
{
    public static IEnumerable<Diagnostic> Run(IReadOnlyCollection<ProviderPackage> packages, IEnumerable<Resource> resources)
    {
        var pinned = packages.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        pinned.Add("pulumi");
        return resources
            .Where(r => !pinned.Contains(r.Package))
            .Select(r => Diagnostic.Error(
                DiagnosticCodes.UnpinnedPackage, r.Name, $"type {r.Type} belongs to package '{r.Package}', which is not pinned; pin it with UsePackage"));
    }
}
