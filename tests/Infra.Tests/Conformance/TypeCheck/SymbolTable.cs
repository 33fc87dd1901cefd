using static Infra.Tests.Conformance.TypeCheck.PrimitiveType;

namespace Infra.Tests.Conformance.TypeCheck;

/// <summary>
/// The analyser's named roots (<c>typeSymbol</c>, pulumi-yaml <c>pkg/pulumiyaml/analyser.go:920-943</c>, v1.38.1):
/// resources, then variables, then config, a later kind overriding an earlier one; and the builtin variable
/// <c>pulumi</c> (<c>analyser.go:1273-1302</c>).
/// </summary>
internal sealed class SymbolTable
{
    private readonly TypeCache _types;

    public SymbolTable(TypeCache types)
    {
        _types = types;
        var pulumi = new AstObject([]);
        types.Set(pulumi, new ObjectType("pulumi:builtin:pulumi", [
            new TypeProperty("cwd", StringType),
            new TypeProperty("project", StringType),
            new TypeProperty("stack", StringType),
            new TypeProperty("organization", StringType),
            new TypeProperty("rootDirectory", StringType),
        ]));
        Variables[BuiltinName] = pulumi;
    }

    public const string BuiltinName = "pulumi";

    public Dictionary<string, ResourceType> Resources { get; } = new(StringComparer.Ordinal);

    /// <summary>A variable's type is the type recorded for its expression.</summary>
    public Dictionary<string, AstExpr> Variables { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, SchemaType> Config { get; } = new(StringComparer.Ordinal);

    /// <summary>The root's type, <see cref="InvalidType"/> when nothing has that name (the sort reports it).</summary>
    public SchemaType RootType(string name)
    {
        SchemaType type = new InvalidType();
        if (Resources.TryGetValue(name, out var resource))
        {
            type = resource;
        }

        if (Variables.TryGetValue(name, out var variable))
        {
            // Go would hold a nil type for a variable whose invoke return is unknown; treated as Invalid.
            type = _types.Get(variable) ?? new InvalidType();
        }

        if (Config.TryGetValue(name, out var config))
        {
            type = config;
        }

        return type;
    }
}
