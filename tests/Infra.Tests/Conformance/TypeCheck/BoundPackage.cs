using System.Text.Json;

namespace Infra.Tests.Conformance.TypeCheck;

/// <summary>
/// One package schema bound to <see cref="SchemaType"/>s the way pulumi binds it (pulumi
/// <c>pkg/codegen/schema/bind.go</c>, pkg/v3.255.0), lazily and cached by token so recursive types terminate.
/// Input and plain shapes of an object share one instance (Input&lt;&gt; is not modelled).
/// </summary>
internal sealed class BoundPackage(string name, JsonElement root)
{
    private readonly Dictionary<string, SchemaType> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ResourceDefinition> _resources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FunctionDefinition> _functions = new(StringComparer.Ordinal);
    private ResourceDefinition? _provider;

    public string Name { get; } = name;

    public string ProviderToken => "pulumi:providers:" + Name;

    /// <summary>A resource token as written in the schema: exact, else case-insensitive (<c>packages.go:472-490</c>).</summary>
    public string? FindResourceToken(string token) => FindToken("resources", token);

    public string? FindFunctionToken(string token) => FindToken("functions", token);

    public ResourceDefinition Resource(string token)
    {
        if (!_resources.TryGetValue(token, out var definition))
        {
            var spec = root.GetProperty("resources").GetProperty(token);
            definition = BindResource(token, spec);
            _resources[token] = definition;
        }

        return definition;
    }

    /// <summary>
    /// <c>pulumi:providers:&lt;pkg&gt;</c>: the schema's <c>provider</c> (outputs keep string properties only,
    /// <c>bind.go:2332-2356</c>). The trimmed schemas dropped <c>provider</c> for most packages; then the package's
    /// <c>config.variables</c> stand in for its inputs (an approximation: real provider inputs mirror them).
    /// </summary>
    public ResourceDefinition Provider()
    {
        if (_provider is null)
        {
            if (root.TryGetProperty("provider", out var spec))
            {
                var full = BindResource(ProviderToken, spec);
                _provider = new ResourceDefinition(
                    ProviderToken,
                    () => full.InputProperties,
                    () => [.. full.Properties.Where(p => IsStringLike(SchemaType.Unwrap(p.Type)))],
                    isComponent: false);
            }
            else
            {
                var variables = root.TryGetProperty("config", out var config) && config.TryGetProperty("variables", out var v) ? v : (JsonElement?)null;
                _provider = new ResourceDefinition(ProviderToken, () => BindProperties(variables, null), () => [], isComponent: false);
            }
        }

        return _provider;
    }

    public FunctionDefinition Function(string token)
    {
        if (!_functions.TryGetValue(token, out var definition))
        {
            var spec = root.GetProperty("functions").GetProperty(token);
            var inputs = spec.TryGetProperty("inputs", out var i)
                ? new ObjectType(token + "Args", () => BindProperties(Child(i, "properties"), Child(i, "required")))
                : null;
            ObjectType? outputs = null;
            SchemaType? returnType = null;
            if (spec.TryGetProperty("returnType", out var r) && !spec.TryGetProperty("outputs", out _))
            {
                if (r.TryGetProperty("objectTypeSpec", out var objectSpec))
                {
                    outputs = new ObjectType(token + "Result", () => BindProperties(Child(objectSpec, "properties"), Child(objectSpec, "required")));
                    returnType = outputs;
                }
                else if (r.TryGetProperty("type", out var typeSpec))
                {
                    returnType = BindTypeSpec(typeSpec);
                }
            }
            else if (spec.TryGetProperty("outputs", out var o))
            {
                outputs = new ObjectType(token + "Result", () => BindProperties(Child(o, "properties"), Child(o, "required")));
                returnType = outputs;
            }

            definition = new FunctionDefinition(token, inputs, outputs, returnType);
            _functions[token] = definition;
        }

        return definition;
    }

    /// <summary>
    /// Properties sorted by name (<c>bind.go:1473-1475</c>); those not in <paramref name="required"/> are wrapped in
    /// <see cref="OptionalType"/> (<c>bind.go:1434-1471</c>). A default value does not make a property optional.
    /// </summary>
    public IReadOnlyList<TypeProperty> BindProperties(JsonElement? properties, JsonElement? required)
    {
        if (properties is not { ValueKind: JsonValueKind.Object } props)
        {
            return [];
        }

        var requiredNames = required is { ValueKind: JsonValueKind.Array } names
            ? names.EnumerateArray().Select(n => n.GetString()!).ToHashSet(StringComparer.Ordinal)
            : [];
        return [.. props.EnumerateObject()
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p =>
            {
                var type = BindTypeSpec(p.Value);
                return new TypeProperty(p.Name, requiredNames.Contains(p.Name) ? type : new OptionalType(type));
            })];
    }

    /// <summary><c>bindTypeSpec</c> (<c>bind.go:1213-1282</c>): <c>$ref</c> first, then <c>oneOf</c>, then <c>type</c>.</summary>
    public SchemaType BindTypeSpec(JsonElement spec)
    {
        if (spec.TryGetProperty("$ref", out var reference))
        {
            return BindReference(reference.GetString()!, spec);
        }

        if (spec.TryGetProperty("oneOf", out var oneOf))
        {
            var defaultType = spec.TryGetProperty("type", out var t) ? Primitive(t.GetString()) : null;
            return new UnionType([.. oneOf.EnumerateArray().Select(BindTypeSpec)], defaultType);
        }

        var kind = spec.TryGetProperty("type", out var k) ? k.GetString() : null;
        return kind switch
        {
            "array" => spec.TryGetProperty("items", out var items) ? new ArrayType(BindTypeSpec(items)) : new InvalidType(),
            // bind.go:1256-1276: additionalProperties gives the element type; a bare object is Map<string>.
            "object" => new MapType(spec.TryGetProperty("additionalProperties", out var additional) ? BindTypeSpec(additional) : PrimitiveType.StringType),
            _ => (SchemaType?)Primitive(kind) ?? new InvalidType(),
        };
    }

    private static PrimitiveType? Primitive(string? kind) => kind switch
    {
        "boolean" => PrimitiveType.BoolType,
        "integer" => PrimitiveType.IntType,
        "number" => PrimitiveType.NumberType,
        "string" => PrimitiveType.StringType,
        _ => null,
    };

    /// <summary><c>bindTypeSpecRef</c> (<c>bind.go:1029-1167</c>).</summary>
    private SchemaType BindReference(string reference, JsonElement spec)
    {
        switch (reference)
        {
            case "pulumi.json#/Archive":
                return PrimitiveType.ArchiveType;
            case "pulumi.json#/Asset":
                return PrimitiveType.AssetType;
            case "pulumi.json#/Json":
                return PrimitiveType.JsonType;
            case "pulumi.json#/Any":
                return PrimitiveType.AnyType;
            case "#/provider":
                return new ResourceType(ProviderToken, Provider());
        }

        const string types = "#/types/";
        const string resources = "#/resources/";
        if (reference.StartsWith(types, StringComparison.Ordinal))
        {
            return TypeDefinition(Uri.UnescapeDataString(reference[types.Length..]), spec);
        }

        if (reference.StartsWith(resources, StringComparison.Ordinal))
        {
            var token = Uri.UnescapeDataString(reference[resources.Length..]);
            return root.TryGetProperty("resources", out var all) && all.TryGetProperty(token, out _)
                ? new ResourceType(token, Resource(token))
                : new InvalidType();
        }

        // References into other packages are not part of the trimmed schemas.
        return new InvalidType();
    }

    /// <summary>An object or enum of <c>types</c>; a token the package does not define is a <see cref="TokenType"/>.</summary>
    private SchemaType TypeDefinition(string token, JsonElement refSpec)
    {
        if (_types.TryGetValue(token, out var known))
        {
            return known;
        }

        SchemaType type;
        if (root.TryGetProperty("types", out var all) && all.TryGetProperty(token, out var spec))
        {
            if (spec.TryGetProperty("enum", out var values))
            {
                var element = Primitive(spec.TryGetProperty("type", out var t) ? t.GetString() : null) ?? (SchemaType)new InvalidType();
                type = new EnumType(token, element, [.. values.EnumerateArray().Select(v => EnumValueOf(v, element))]);
            }
            else
            {
                type = new ObjectType(token, () => BindProperties(Child(spec, "properties"), Child(spec, "required")));
            }
        }
        else
        {
            // bind.go:1124-1135: a dangling reference is an opaque token type acting like its `type`.
            type = new TokenType(token, Primitive(refSpec.TryGetProperty("type", out var t) ? t.GetString() : null));
        }

        _types[token] = type;
        return type;
    }

    /// <summary><c>bindConstValue</c> (<c>bind.go:1302-1358</c>): by the enum's declared type.</summary>
    private static EnumValue EnumValueOf(JsonElement spec, SchemaType element)
    {
        var name = spec.TryGetProperty("name", out var n) ? n.GetString() : null;
        var value = spec.GetProperty("value");
        object bound = element == PrimitiveType.IntType ? (int)value.GetDouble()
            : element == PrimitiveType.NumberType ? value.GetDouble()
            : element == PrimitiveType.BoolType ? value.GetBoolean()
            : value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
        return new EnumValue(name, bound);
    }

    private ResourceDefinition BindResource(string token, JsonElement spec) => new(
        token,
        () => BindProperties(Child(spec, "inputProperties"), Child(spec, "requiredInputs")),
        () => BindProperties(Child(spec, "properties"), Child(spec, "required")),
        spec.TryGetProperty("isComponent", out var c) && c.ValueKind == JsonValueKind.True);

    private string? FindToken(string section, string token)
    {
        if (!root.TryGetProperty(section, out var all))
        {
            return null;
        }

        if (all.TryGetProperty(token, out _))
        {
            return token;
        }

        return all.EnumerateObject().Select(p => p.Name).FirstOrDefault(n => string.Equals(n, token, StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsStringLike(SchemaType type) => type switch
    {
        TokenType t => t.Underlying == PrimitiveType.StringType,
        EnumType e => e.ElementType == PrimitiveType.StringType,
        _ => type == PrimitiveType.StringType,
    };

    private static JsonElement? Child(JsonElement element, string name) =>
        element.TryGetProperty(name, out var child) ? child : null;
}
