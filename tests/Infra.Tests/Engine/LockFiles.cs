using YamlDotNet.RepresentationModel;

namespace Infra.Tests.Engine;

/// <summary>
/// The package lock files of a project, found as pulumi-yaml finds them
/// (pkg/pulumiyaml/packages/file.go <c>SearchPackageDecls</c>, v1.38.1): every file under the
/// project directory, at any depth, whose extension is exactly <c>.yaml</c> and which declares
/// <c>packageDeclarationVersion: 1</c>; other files are skipped.
/// </summary>
internal static class LockFiles
{
    public static IReadOnlyList<(string Path, PackageDecl Decl)> Search(string directory) =>
        [.. Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f) == ".yaml")
            .Order(StringComparer.Ordinal)
            .Select(f => (Path: f, Decl: Read(File.ReadAllText(f))))
            .Where(f => f.Decl is not null)
            .Select(f => (Path.GetRelativePath(directory, f.Path).Replace('\\', '/'), f.Decl!))];

    /// <summary>The declaration a file holds, or null when it is not a lock file (not YAML, or no <c>packageDeclarationVersion: 1</c>).</summary>
    public static PackageDecl? Read(string text)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlDotNet.Core.YamlException)
        {
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root
            || EmittedProgram.Text(root, "packageDeclarationVersion") != "1")
        {
            return null;
        }

        var p = EmittedProgram.Child(root, "parameterization") as YamlMappingNode;
        return new PackageDecl(
            EmittedProgram.Text(root, "name") ?? "",
            EmittedProgram.Text(root, "version"),
            EmittedProgram.Text(root, "downloadUrl"),
            p is null ? null : new Parameterization(EmittedProgram.Text(p, "name") ?? "", EmittedProgram.Text(p, "version") ?? "", EmittedProgram.Text(p, "value") ?? ""));
    }
}
