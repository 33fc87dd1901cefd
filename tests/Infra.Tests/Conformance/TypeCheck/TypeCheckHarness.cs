using System.Text.Json;
using Infra.Expressions;
using Infra.Graph;
using Infra.Model;
using Infra.Providers;
using Infra.Tests.Support;
using Xunit;

namespace Infra.Tests.Conformance.TypeCheck;

/// <summary>The schemas, checker and small programs the type-check tests share.</summary>
internal static class TypeCheckHarness
{
    private static readonly Lazy<SchemaSet?> SchemaCache = new(() => RepoPaths.Schemas is { } dir ? new SchemaSet(dir) : null);

    public static SchemaSet Schemas
    {
        get
        {
            Assert.True(SchemaCache.Value is not null, RepoPaths.SchemasMissingMessage);
            return SchemaCache.Value!;
        }
    }

    public static PulumiYamlTypeChecker Checker(TypeCheckOptions? options = null) => new(Schemas, options);

    /// <summary>A program of the given resources, variables and outputs, with every package the schemas know pinned.</summary>
    public static ProgramGraph Program(
        IEnumerable<Resource>? resources = null,
        IEnumerable<(string Name, Expr Value)>? variables = null,
        IEnumerable<(string Name, Expr Value)>? outputs = null,
        IEnumerable<ConfigDeclaration>? config = null)
    {
        var builder = new ProgramBuilder("p");
        foreach (var package in Packages.All)
        {
            builder.UsePackage(package);
        }

        foreach (var c in config ?? [])
        {
            builder.AddConfig(c);
        }

        foreach (var (name, value) in variables ?? [])
        {
            builder.AddVariable(name, value);
        }

        foreach (var r in resources ?? [])
        {
            builder.Add(r);
        }

        foreach (var (name, value) in outputs ?? [])
        {
            builder.AddOutput(name, value);
        }

        var result = builder.Build();
        Assert.True(result.Program is not null, string.Join("\n", result.Diagnostics));
        return result.Program!;
    }

    /// <summary>Checks the program with pulumi-yaml's rules only.</summary>
    public static TypeCheckResult Analyse(ProgramGraph program, TypeCheckOptions? options = null) => Checker(options).Analyse(program);

    /// <summary>A type bound from a schema snippet of <paramref name="package"/>, e.g. <c>{"$ref": "#/types/..."}</c>.</summary>
    public static SchemaType Bind(string package, string typeSpecJson)
    {
        var root = Schemas.Package(package);
        Assert.True(root is not null, $"no schema for {package}");
        using var spec = JsonDocument.Parse(typeSpecJson);
        return new BoundPackage(package, root!.Value).BindTypeSpec(spec.RootElement.Clone());
    }
}

/// <summary>Types standalone expressions as pulumi-yaml would, for assignability tests.</summary>
internal sealed class ExpressionHarness
{
    private readonly ExpressionTyper _typer;
    private readonly WrittenForm _written;

    public ExpressionHarness()
    {
        Sink = new DiagnosticSink();
        var symbols = new SymbolTable(Types);
        var assertion = new TypeAssertion(Types, Sink);
        var invokes = new InvokeTyper(new PackageCatalog(TypeCheckHarness.Schemas), Types, Sink, null);
        _typer = new ExpressionTyper(Types, symbols, assertion, invokes, Sink);
        _written = new WrittenForm(Sink.Report);
    }

    public TypeCache Types { get; } = new();

    public DiagnosticSink Sink { get; }

    /// <summary>The written form of <paramref name="expr"/>, walked and typed.</summary>
    public AstExpr Typed(Expr expr)
    {
        var ast = _written.Of(expr);
        Assert.True(_typer.Walk(ast));
        return ast;
    }

    /// <summary>An opaque expression (a symbol) whose recorded type is <paramref name="type"/>.</summary>
    public AstExpr Typed(SchemaType type)
    {
        var ast = new AstSymbol(new PropertyPath([new PathName("x")]));
        Types.Set(ast, type);
        return ast;
    }

    public NotAssignable? Check(AstExpr from, SchemaType to) => new Assignability(Types).Check(from, to);

    public NotAssignable? Check(Expr from, SchemaType to) => Check(Typed(from), to);

    public NotAssignable? Check(SchemaType from, SchemaType to) => Check(Typed(from), to);
}
