using System.Text;
using Infra.Providers;
using Infra.Tests.Support;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace Infra.Tests.Engine;

/// <summary>
/// The YAML runtime resolves a <c>terraform-provider</c> package only through the lock file that
/// <c>pulumi package add</c> / <c>pulumi install</c> writes under <c>sdks/&lt;pkg&gt;/</c>; the
/// repository commits one per <c>packages:</c> entry of <c>Pulumi.yaml</c>, and nowhere else. The
/// expected bytes are the format as read in pulumi-yaml's and the bridge's source (not a file the
/// CLI produced here: CI's <c>pulumi install</c> warns when the real CLI writes anything else).
/// </summary>
public sealed class LockFileTests
{
    /// <summary>The <c>packages:</c> entries of the repository's <c>Pulumi.yaml</c>: name, source, version, parameters.</summary>
    private static IReadOnlyList<(string Name, string Source, string Version, string[] Parameters)> Declared()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(RepoPaths.Root, "Pulumi.yaml"))));
        var packages = EmittedProgram.Child((YamlMappingNode)stream.Documents[0].RootNode, "packages") as YamlMappingNode;
        if (packages is null)
        {
            return [];
        }

        return [.. packages.Children.Select(e =>
        {
            var entry = (YamlMappingNode)e.Value;
            var parameters = EmittedProgram.Child(entry, "parameters") as YamlSequenceNode;
            return (((YamlScalarNode)e.Key).Value!, EmittedProgram.Text(entry, "source") ?? "", EmittedProgram.Text(entry, "version") ?? "",
                parameters?.Children.Select(p => ((YamlScalarNode)p).Value!).ToArray() ?? []);
        })];
    }

    /// <summary>
    /// The lock file of a <c>terraform-provider</c> package as read in the CLI's source: pulumi-yaml
    /// pkg/server/server.go <c>GeneratePackage</c> marshals <c>PackageDecl</c> with yaml.v3 (4-space
    /// indent; key order packageDeclarationVersion, name, version, parameterization), into
    /// <c>sdks/&lt;pkg&gt;/&lt;pkg&gt;-&lt;version&gt;.yaml</c>; the parameter is the bridge's
    /// <c>{"remote":{"url":...,"version":...}}</c> (pulumi-terraform-bridge dynamic/parameterize/value.go)
    /// with the registry address lower-cased (opentofu/registry-address).
    /// </summary>
    private static (string Path, string Text) Expected(string name, string bridgeVersion, string source, string version)
    {
        var address = "registry.opentofu.org/" + source.ToLowerInvariant();
        var parameter = "{\"remote\":{\"url\":\"" + address + "\",\"version\":\"" + version + "\"}}";
        var value = Convert.ToBase64String(Encoding.UTF8.GetBytes(parameter));
        var text = $"packageDeclarationVersion: 1\nname: terraform-provider\nversion: {bridgeVersion}\nparameterization:\n    name: {name}\n    version: {version}\n    value: {value}\n";
        return ($"sdks/{name}/{name}-{version}.yaml", text);
    }

    [Fact]
    public void Every_terraform_provider_package_has_its_lock_file_byte_for_byte()
    {
        var declared = Declared().Where(d => d.Source == "terraform-provider").ToList();

        Assert.NotEmpty(declared);
        Assert.All(declared, d =>
        {
            Assert.Equal(2, d.Parameters.Length);
            Assert.Equal(d.Parameters[0].Split('/')[1].ToLowerInvariant(), d.Name);
            var (path, text) = Expected(d.Name, d.Version, d.Parameters[0], d.Parameters[1]);
            var file = Path.Combine(RepoPaths.Root, path);
            Assert.True(File.Exists(file), $"{d.Name}: no lock file {path}; run: pulumi install (or pulumi package add terraform-provider {d.Parameters[0]} {d.Parameters[1]})");
            Assert.Equal(text, File.ReadAllText(file));
        });
    }

    [Fact]
    public void Lock_files_are_only_under_sdks_one_per_declared_package_and_never_in_build_output()
    {
        var declared = Declared().Select(d => d.Name).Order(StringComparer.Ordinal).ToList();

        var found = LockFiles.Search(RepoPaths.Root);

        Assert.All(found, f => Assert.StartsWith("sdks/", f.Path, StringComparison.Ordinal));
        Assert.Equal(declared, found.Select(f => f.Decl.Namespace).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_pinned_parameterized_packages_are_the_declared_ones()
    {
        var declared = Declared().Where(d => d.Source == "terraform-provider").Select(d => (d.Name, d.Parameters[1])).Order().ToList();

        Assert.Equal(declared, Packages.All.Where(p => p.Parameterized).Select(p => (p.Name, p.Version)).Order());
    }

    [Fact]
    public void A_file_without_packageDeclarationVersion_1_is_not_a_lock_file()
    {
        Assert.Null(LockFiles.Read("name: neon\nversion: 1.0.0\n"));
        Assert.Null(LockFiles.Read("packageDeclarationVersion: 2\nname: neon\n"));
        Assert.Null(LockFiles.Read(": not yaml ["));
        Assert.Equal(
            new PackageDecl("terraform-provider", "1.1.0", null, new Parameterization("x", "0.1.0", "e30=")),
            LockFiles.Read("packageDeclarationVersion: 1\nname: terraform-provider\nversion: 1.1.0\nparameterization:\n    name: x\n    version: 0.1.0\n    value: e30=\n"));
    }
}
