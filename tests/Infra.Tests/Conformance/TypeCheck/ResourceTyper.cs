using static Infra.Tests.Conformance.TypeCheck.PrimitiveType;

namespace Infra.Tests.Conformance.TypeCheck;

/// <summary>
/// <c>typeResource</c> (pulumi-yaml <c>pkg/pulumiyaml/analyser.go:599-782</c>, v1.38.1): the written
/// <c>properties:</c> map against the resource's input object (unknown property, missing required input and type
/// mismatch, all in one diagnostic per resource), then registers the resource, then checks <c>aliases</c>.
/// </summary>
internal sealed class ResourceTyper(PackageCatalog catalog, TypeCache types, SymbolTable symbols, TypeAssertion assertion, DiagnosticSink sink)
{
    /// <summary>
    /// The <c>aliases</c> option type (<c>analyser.go:752-775</c>):
    /// <c>List&lt;Union&lt;string, {name, noParent, parent, project, stack, type, urn}&gt;&gt;</c>.
    /// </summary>
    public static ArrayType AliasesType { get; } = new(new UnionType([
        StringType,
        new ObjectType(ObjectType.AdhocPrefix + "ResourceOptionAlias", [
            new TypeProperty("name", new OptionalType(StringType)),
            new TypeProperty("noParent", new OptionalType(BoolType)),
            new TypeProperty("parent", new OptionalType(new UnionType([AnyResourceType, StringType]))),
            new TypeProperty("project", new OptionalType(StringType)),
            new TypeProperty("stack", new OptionalType(StringType)),
            new TypeProperty("type", new OptionalType(StringType)),
            new TypeProperty("urn", new OptionalType(StringType)),
        ]),
    ]));

    public void Type(ResourceNode node)
    {
        var (resource, error) = catalog.ResolveResource(node.Token);
        if (resource is null)
        {
            // analyser.go:606-609: reported, the resource stays unregistered (references to it are Invalid) and checking goes on.
            sink.Error($"error resolving type of resource {node.Name}: {error}");
            return;
        }

        // analyser.go:643-652: only a written `properties:` map is checked; none at all means no check.
        if (node.Properties is { } entries)
        {
            TypePropertyEntries(node.Name, resource.Token, entries, resource.InputProperties);
        }

        symbols.Resources[node.Name] = new ResourceType(resource.Token, resource);

        if (node.Options.Aliases is { } aliases)
        {
            assertion.Assert(aliases, AliasesType);
        }
    }

    /// <summary>analyser.go:784-815</summary>
    private void TypePropertyEntries(string resourceName, string resourceType, IReadOnlyList<AstEntry> entries, IReadOnlyList<TypeProperty> properties)
    {
        var to = new ObjectType(resourceType, properties);
        var fromProperties = new List<TypeProperty>();
        var fromEntries = new List<AstEntry>();
        foreach (var entry in entries)
        {
            var key = ((AstString)entry.Key).Value;
            if (!types.TryGet(entry.Value, out var type))
            {
                var expected = to.TryGetProperty(key, out var p) ? $"expected type {p.Type.Display}" : "";
                sink.Warning($"internal error: unable to discover type of {resourceName}.{key}", expected);
                continue;
            }

            fromProperties.Add(new TypeProperty(key, type));
            fromEntries.Add(entry);
        }

        var from = new AstObject(fromEntries);
        types.Set(from, new ObjectType("", fromProperties));
        assertion.Assert(from, to);
    }
}
