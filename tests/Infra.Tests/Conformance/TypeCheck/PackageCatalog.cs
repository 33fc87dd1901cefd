namespace Infra.Tests.Conformance.TypeCheck;

/// <summary>
/// Resolves resource and function tokens to bound schemas as pulumi-yaml does (<c>pkg/pulumiyaml/packages.go:225-523</c>,
/// v1.38.1): the package is the first segment (or <c>&lt;pkg&gt;</c> of <c>pulumi:providers:&lt;pkg&gt;</c>);
/// the token is tried as written, then <c>pkg:Type</c> → <c>pkg:index:Type</c>, then <c>pkg:mod:Type</c> →
/// <c>pkg:mod/type:Type</c>, each exactly and then case-insensitively. Package <c>pulumi</c> is the engine's mock.
/// </summary>
internal sealed class PackageCatalog(SchemaSet schemas)
{
    private static readonly Dictionary<string, string> KubernetesUnsupported = new(StringComparer.Ordinal)
    {
        ["kubernetes:apiextensions.k8s.io:CustomResource"] = "https://github.com/pulumi/pulumi-kubernetes/issues/1971",
        ["kubernetes:kustomize:Directory"] = "https://github.com/pulumi/pulumi-kubernetes/issues/1971",
        ["kubernetes:yaml:ConfigFile"] = "https://github.com/pulumi/pulumi-kubernetes/issues/1971",
        ["kubernetes:yaml:ConfigGroup"] = "https://github.com/pulumi/pulumi-kubernetes/issues/1971",
    };

    private readonly Dictionary<string, BoundPackage?> _packages = new(StringComparer.Ordinal);

    /// <summary>The canonical token and the resource, or the resolver's error message.</summary>
    public (ResourceDefinition? Resource, string? Error) ResolveResource(string typeString)
    {
        if (KubernetesUnsupported.TryGetValue(typeString, out var issue))
        {
            return (null, $"The resource type [{typeString}] is not supported in YAML at this time, see: {issue}");
        }

        if (typeString is "kubernetes:helm.sh/v2:Chart" or "kubernetes:helm.sh/v3:Chart")
        {
            return (null, "Helm Chart resources are not supported in YAML, consider using the Helm Release resource instead: https://www.pulumi.com/registry/packages/kubernetes/api-docs/helm/v3/release/");
        }

        var (package, error) = Package(typeString);
        if (package is null)
        {
            return (null, error);
        }

        var parts = typeString.Split(':');
        if (parts is ["pulumi", "providers", var name] && name == package.Name)
        {
            return (package.Provider(), null);
        }

        var token = ResolveToken(parts, package.FindResourceToken);
        return token is null
            ? (null, $"unable to find resource type \"{typeString}\" in resource provider \"{package.Name}\"")
            : (package.Resource(token), null);
    }

    public (FunctionDefinition? Function, string? Error) ResolveFunction(string typeString)
    {
        var (package, error) = Package(typeString);
        if (package is null)
        {
            return (null, error);
        }

        var token = ResolveToken(typeString.Split(':'), package.FindFunctionToken);
        return token is null
            ? (null, $"unable to find function \"{typeString}\" in resource provider \"{package.Name}\"")
            : (package.Function(token), null);
    }

    private (BoundPackage? Package, string? Error) Package(string typeString)
    {
        var parts = typeString.Split(':');
        if (parts.Length is < 2 or > 3)
        {
            return (null, $"invalid type token \"{typeString}\"");
        }

        var name = parts is ["pulumi", "providers", var p] ? p : parts[0];
        if (!_packages.TryGetValue(name, out var package))
        {
            var root = name == PulumiMockPackage.Name ? PulumiMockPackage.Root : schemas.Package(name);
            package = root is { } r ? new BoundPackage(name, r) : null;
            _packages[name] = package;
        }

        // Offline there is no plugin to ask: a package without a schema file cannot be loaded.
        return package is null
            ? (null, $"internal error loading package \"{name}\": no schema for package \"{name}\" in the provider schemas")
            : (package, null);
    }

    /// <summary><c>resolveToken</c> (<c>packages.go:430-470</c>).</summary>
    private static string? ResolveToken(string[] parts, Func<string, string?> find)
    {
        var typeName = string.Join(':', parts);
        if (find(typeName) is { } found)
        {
            return found;
        }

        if (parts.Length == 2)
        {
            if (find($"{parts[0]}:index:{parts[1]}") is { } index)
            {
                return index;
            }

            parts = [parts[0], "index", parts[1]];
        }

        return find($"{parts[0]}:{parts[1]}/{parts[2].ToLowerInvariant()}:{parts[2]}");
    }
}
