namespace Infra.Tests.Engine;

/// <summary>
/// What pulumi-yaml reports as a program's required packages (pkg/pulumiyaml/packages.go
/// <c>GetReferencedPackages</c>, v1.38.1): per package namespace, the first reference's version
/// and download URL, or the lock file's declaration when the project has one for that namespace.
/// The engine installs these plugins and takes the default providers' versions from them
/// (pkg/engine/plugins.go <c>computeDefaultProviderPackages</c>).
/// </summary>
internal static class ReferencedPackages
{
    public static IReadOnlyDictionary<string, PackageDecl> Of(EmittedProgram program, IEnumerable<PackageDecl> lockFiles)
    {
        var locks = lockFiles.ToLookup(d => d.Namespace, StringComparer.Ordinal);
        var result = new SortedDictionary<string, PackageDecl>(StringComparer.Ordinal);
        foreach (var reference in program.References())
        {
            if (reference.Package == "pulumi" || result.ContainsKey(reference.Package))
            {
                continue;
            }

            result[reference.Package] = locks[reference.Package].FirstOrDefault()
                ?? new PackageDecl(reference.Package, reference.Version, reference.PluginDownloadUrl);
        }

        return result;
    }
}
