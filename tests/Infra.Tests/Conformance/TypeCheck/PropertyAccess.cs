using System.Globalization;
using static Infra.Tests.Conformance.TypeCheck.PrimitiveType;

namespace Infra.Tests.Conformance.TypeCheck;

/// <summary>
/// <c>typePropertyAccess</c> (pulumi-yaml <c>pkg/pulumiyaml/analyser.go:945-1069</c>, v1.38.1): the type of
/// <c>${root.a[0]["k"]}</c>, one accessor at a time. An error reports through <c>setError</c> and makes the whole
/// symbol <see cref="InvalidType"/>, so it does not cascade.
/// </summary>
internal static class PropertyAccess
{
    public delegate SchemaType SetError(string summary, string detail);

    public static SchemaType Type(SchemaType root, string runningName, IReadOnlyList<PathAccessor> accessors, SetError setError)
    {
        if (accessors.Count == 0)
        {
            return root;
        }

        // analyser.go:954: Any absorbs the rest of the path (Json does not).
        if (SchemaType.Unwrap(root) == AnyType)
        {
            return AnyType;
        }

        // analyser.go:958: only a *bare* union is distributed; Optional<Union<...>> falls through to the errors below.
        if (root is UnionType union)
        {
            return Distribute(union, runningName, accessors, setError);
        }

        var rest = accessors.Skip(1).ToList();
        var current = SchemaType.Unwrap(root);
        return accessors[0] switch
        {
            PathName name => Property(current, runningName, name.Name, rest, setError),
            PathSubscript subscript => Index(current, runningName, subscript.Index, rest, setError),
            var other => throw new ArgumentOutOfRangeException(nameof(accessors), other, "unknown accessor"),
        };
    }

    private static SchemaType Distribute(UnionType union, string runningName, IReadOnlyList<PathAccessor> accessors, SetError setError)
    {
        var possibilities = new List<SchemaType>();
        var errors = new List<NotAssignable>();
        foreach (var member in union.Elements)
        {
            var result = Type(member, runningName, accessors, (summary, _) =>
            {
                errors.Add(new NotAssignable { Reason = summary, Property = TypeDisplay.SchemaString(member) });
                return new InvalidType();
            });
            if (result is not InvalidType && !possibilities.Contains(result))
            {
                possibilities.Add(result);
            }
        }

        if (errors.Count > 0)
        {
            var op = accessors[0] is PathSubscript ? "index" : "access";
            setError(
                $"Cannot {op} into {runningName} of type {union.Display}",
                new NotAssignable { Reason = $"'{runningName}' could be a type that does not support {op}ing", Because = [.. errors] }.ToString());
            return new InvalidType();
        }

        // analyser.go:983-987: no distinct result at all gives an empty union, as in Go.
        return possibilities.Count == 1 ? possibilities[0] : new UnionType(possibilities);
    }

    private static SchemaType Property(SchemaType current, string runningName, string name, List<PathAccessor> rest, SetError setError)
    {
        var properties = new Dictionary<string, SchemaType>(StringComparer.Ordinal);
        switch (current)
        {
            case ObjectType obj:
                foreach (var p in obj.Properties)
                {
                    properties[p.Name] = p.Type;
                }

                break;
            case MapType map:
                // analyser.go:997-998: a map returns its element type and ignores the REST of the path.
                return map.Element;
            case ResourceType resource:
                // analyser.go:999-1006: outputs, then id (not for components) and urn override.
                foreach (var p in resource.Resource.Properties)
                {
                    properties[p.Name] = p.Type;
                }

                if (!resource.Resource.IsComponent)
                {
                    properties["id"] = StringType;
                }

                properties["urn"] = StringType;
                break;
            case InvalidType:
                return current;
            default:
                return setError(
                    $"cannot access a property on '{runningName}' (type {current.Display})",
                    "Property access is only allowed on Resources and Objects");
        }

        if (!properties.TryGetValue(name, out var type))
        {
            var (summary, detail) = FieldList.NonExistent(runningName, properties.Keys, name, name, fieldsAreProperties: true);
            return setError(summary, detail);
        }

        return Type(type, runningName + "." + name, rest, setError);
    }

    private static SchemaType Index(SchemaType current, string runningName, object index, List<PathAccessor> rest, SetError setError)
    {
        SchemaType Error(string kind, string detail) =>
            setError($"Cannot index{kind} into '{runningName}' (type {current.Display})", detail);

        switch (current)
        {
            case ArrayType array:
                return index is string
                    ? Error(" via string", "Index via string is only allowed on Maps")
                    : Type(array.Element, runningName + "[" + ((int)index).ToString(CultureInfo.InvariantCulture) + "]", rest, setError);
            case MapType map:
                return index is int
                    ? Error(" via number", "Index via number is only allowed on Arrays")
                    : Type(map.Element, runningName + "[\"" + ((string)index).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"]", rest, setError);
            case InvalidType:
                return new InvalidType();
            default:
                // analyser.go:1059-1064: objects and resources cannot be indexed.
                return current == AnyType ? AnyType : Error("", "Index property access is only allowed on Maps and Lists");
        }
    }
}
