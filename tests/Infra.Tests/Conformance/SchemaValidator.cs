using System.Text.Json;
using Infra.Expressions;
using Infra.Graph;
using Infra.Model;

namespace Infra.Tests.Conformance;

/// <summary>
/// Validates every resource and invoke of a program against the provider schemas: the token
/// exists, every property name exists, required inputs are present, literals have the schema's
/// type (integer vs number, string maps, enums), nested types recursively; references name an
/// output the referenced resource has. Interpolations and functions are checked for shape only.
/// </summary>
internal sealed class SchemaValidator(SchemaSet schemas)
{
    private Dictionary<string, InvokeExpr> _invokes = [];

    public IReadOnlyList<string> Validate(ProgramGraph program)
    {
        var problems = new List<string>();
        var types = program.Resources.ToDictionary(r => r.Name, r => r.Type, StringComparer.Ordinal);
        var invokes = program.Variables
            .Where(v => v.Value is InvokeExpr or SecretExpr { Value: InvokeExpr })
            .ToDictionary(v => v.Name, v => (InvokeExpr)(v.Value is SecretExpr s ? s.Value : v.Value), StringComparer.Ordinal);
        _invokes = invokes;

        foreach (var package in program.Packages)
        {
            var schema = schemas.Package(package.Name);
            if (schema is null)
            {
                problems.Add($"package {package.Name}: no schema");
            }
            else if (schema.Value.GetProperty("version").GetString() != package.Version)
            {
                problems.Add($"package {package.Name}: pinned {package.Version}, schema is {schema.Value.GetProperty("version").GetString()}");
            }
            else if (schema.Value.TryGetProperty("pluginDownloadURL", out var url) && url.GetString() != package.PluginDownloadUrl)
            {
                problems.Add($"package {package.Name}: pluginDownloadURL {package.PluginDownloadUrl}, schema says {url.GetString()}");
            }
        }

        foreach (var resource in program.Resources)
        {
            var inputs = resource.Inputs();
            if (resource is DiscoveryProvider provider)
            {
                if (schemas.Package(provider.PackageInfo.Name) is null)
                {
                    problems.Add($"{resource.Name}: no schema for provider package {provider.PackageInfo.Name}");
                }

                continue;
            }
            else if (schemas.Resource(resource.Type) is { } schema)
            {
                CheckObject(inputs, schema.GetProperty("inputProperties"), schema.TryGetProperty("requiredInputs", out var req) ? req : null, resource.Name, problems);
            }
            else
            {
                problems.Add($"{resource.Name}: type {resource.Type} is not in the provider schemas");
                continue;
            }

            foreach (var expr in inputs.Walk())
            {
                CheckExpression(expr, resource.Name, types, problems);
            }
        }

        foreach (var v in program.Variables)
        {
            foreach (var expr in v.Value.Walk())
            {
                CheckExpression(expr, "variables." + v.Name, types, problems);
            }
        }

        foreach (var o in program.Outputs)
        {
            foreach (var expr in o.Value.Walk())
            {
                CheckExpression(expr, "outputs." + o.Name, types, problems);
            }
        }

        return problems;
    }

    private void CheckExpression(Expr expr, string where, Dictionary<string, string> types, List<string> problems)
    {
        switch (expr)
        {
            case InvokeExpr invoke:
                CheckInvoke(invoke, where, problems);
                break;
            case Ref r when types.TryGetValue(r.Root, out var type) && r.Path.Length > 0:
                CheckOutput(r, type, where, problems);
                break;
            case Ref r when _invokes.TryGetValue(r.Root, out var invoke) && r.Path.Length > 0:
                CheckInvokeResultPath(r, invoke, where, problems);
                break;
        }
    }

    private void CheckInvoke(InvokeExpr invoke, string where, List<string> problems)
    {
        var location = $"{where}: fn::invoke {invoke.Function}";
        if (schemas.Function(invoke.Function) is not { } function)
        {
            problems.Add($"{location}: function is not in the provider schemas");
            return;
        }

        var inputs = function.GetProperty("inputs");
        CheckObject(invoke.Arguments, inputs.GetProperty("properties"), inputs.TryGetProperty("required", out var req) ? req : null, location, problems);
        if (invoke.Return is { } field && !function.GetProperty("outputs").GetProperty("properties").TryGetProperty(field, out _))
        {
            problems.Add($"{location}: return '{field}' is not an output of the function");
        }
    }

    /// <summary>A path into an invoke's result (<c>${lookup.id}</c>, <c>${groups[0].id}</c>) names fields the function returns.</summary>
    private void CheckInvokeResultPath(Ref r, InvokeExpr invoke, string where, List<string> problems)
    {
        if (schemas.Function(invoke.Function) is not { } function)
        {
            return;
        }

        JsonElement current = function.GetProperty("outputs");
        if (invoke.Return is { } field)
        {
            if (!current.GetProperty("properties").TryGetProperty(field, out current))
            {
                return;
            }
        }

        foreach (var segment in System.Text.RegularExpressions.Regex.Split(r.Path, @"\.|(?=\[)").Where(p => p.Length > 0))
        {
            current = Resolve(current);
            if (segment.StartsWith('['))
            {
                if (!current.TryGetProperty("items", out current))
                {
                    problems.Add($"{where}: {r} indexes '{segment}' into something that is not a list");
                    return;
                }
            }
            else if (!current.TryGetProperty("properties", out var properties) || !properties.TryGetProperty(segment, out current))
            {
                problems.Add($"{where}: {r} reads '{segment}', which {invoke.Function} does not return");
                return;
            }
        }
    }

    private JsonElement Resolve(JsonElement schema) =>
        schema.TryGetProperty("$ref", out var reference) && schemas.Type(reference.GetString()!) is { } type ? type : schema;

    private void CheckOutput(Ref r, string type, string where, List<string> problems)
    {
        var first = r.Path.Split('.', '[')[0];
        if (first is "id" or "urn" || type.StartsWith("pulumi:", StringComparison.Ordinal))
        {
            return;
        }

        if (schemas.Resource(type) is { } schema && !schema.GetProperty("properties").TryGetProperty(first, out _))
        {
            problems.Add($"{where}: {r} reads '{first}', which is not an output of {type}");
        }
    }

    private void CheckObject(ObjectExpr value, JsonElement properties, JsonElement? required, string path, List<string> problems)
    {
        foreach (var (key, item) in value.Properties)
        {
            if (!properties.TryGetProperty(key, out var property))
            {
                problems.Add($"{path}.{key}: no such property");
                continue;
            }

            if (property.TryGetProperty("deprecationMessage", out var deprecated))
            {
                problems.Add($"{path}.{key}: deprecated: {deprecated.GetString()}");
            }

            CheckValue(item, property, $"{path}.{key}", problems);
        }

        if (required is { } names)
        {
            foreach (var name in names.EnumerateArray().Select(n => n.GetString()!))
            {
                if (value[name] is null)
                {
                    problems.Add($"{path}: required input '{name}' is missing");
                }
            }
        }
    }

    private void CheckValue(Expr value, JsonElement schema, string path, List<string> problems)
    {
        switch (value)
        {
            case SecretExpr secret:
                CheckValue(secret.Value, schema, path, problems);
                return;
            case UnsecretExpr unsecret:
                CheckValue(unsecret.Value, schema, path, problems);
                return;
            case Ref or InvokeExpr:
                return;
        }

        if (schema.TryGetProperty("oneOf", out var oneOf))
        {
            var options = oneOf.EnumerateArray().ToList();
            if (!options.Any(o => { var p = new List<string>(); CheckValue(value, o, path, p); return p.Count == 0; }))
            {
                problems.Add($"{path}: {Describe(value)} matches none of the schema's oneOf types");
            }

            return;
        }

        if (schema.TryGetProperty("$ref", out var reference))
        {
            var refText = reference.GetString()!;
            if (refText.StartsWith("pulumi.json#", StringComparison.Ordinal))
            {
                switch (refText)
                {
                    case "pulumi.json#/Archive":
                        Expect(value is AssetArchiveExpr, value, "an archive (fn::assetArchive)", path, problems);
                        break;
                    case "pulumi.json#/Asset":
                        Expect(value is StringAssetExpr, value, "an asset (fn::stringAsset)", path, problems);
                        break;
                }

                return;
            }

            if (schemas.Type(refText) is not { } type)
            {
                problems.Add($"{path}: type {refText} is not in the provider schemas");
                return;
            }

            CheckValue(value, type, path, problems);
            return;
        }

        if (schema.TryGetProperty("enum", out var values))
        {
            var allowed = values.EnumerateArray().Select(e => e.GetProperty("value").ToString()).ToList();
            if (value is StringLit s && !allowed.Contains(s.Value))
            {
                problems.Add($"{path}: \"{s.Value}\" is not one of {string.Join(", ", allowed)}");
            }
        }

        var kind = schema.TryGetProperty("type", out var t) ? t.GetString() : null;
        switch (kind)
        {
            case "string":
                Expect(value is StringLit or Interpolation or JoinExpr or ToJsonExpr, value, "a string", path, problems);
                break;
            case "integer":
                Expect(value is IntLit, value, "an integer", path, problems);
                break;
            case "number":
                Expect(value is IntLit or NumberLit, value, "a number", path, problems);
                break;
            case "boolean":
                Expect(value is BoolLit, value, "a boolean", path, problems);
                break;
            case "array":
                if (value is ListExpr list)
                {
                    for (var i = 0; i < list.Items.Length; i++)
                    {
                        CheckValue(list.Items[i], schema.GetProperty("items"), $"{path}[{i}]", problems);
                    }
                }
                else
                {
                    Expect(false, value, "a list", path, problems);
                }

                break;
            case "object":
                if (value is not ObjectExpr obj)
                {
                    Expect(false, value, "an object", path, problems);
                }
                else if (schema.TryGetProperty("properties", out var properties))
                {
                    CheckObject(obj, properties, schema.TryGetProperty("required", out var req) ? req : null, path, problems);
                }
                else if (schema.TryGetProperty("additionalProperties", out var additional))
                {
                    foreach (var (key, item) in obj.Properties)
                    {
                        CheckValue(item, additional, $"{path}.{key}", problems);
                    }
                }

                break;
        }
    }

    private static void Expect(bool ok, Expr value, string expected, string path, List<string> problems)
    {
        if (!ok)
        {
            problems.Add($"{path}: {Describe(value)} where the schema wants {expected}");
        }
    }

    private static string Describe(Expr value) => value switch
    {
        StringLit s => $"string \"{s.Value}\"",
        IntLit i => $"integer {i.Value}",
        NumberLit n => $"number {n.Value}",
        BoolLit b => $"boolean {b.Value}",
        _ => value.GetType().Name,
    };
}
