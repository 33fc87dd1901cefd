namespace Infra.Tests.Conformance.TypeCheck;

/// <summary>A node of the written program, in pulumi-yaml's terms (<c>pkg/pulumiyaml/sort.go</c> graph nodes).</summary>
internal abstract record ProgramNode(string Name);

/// <summary>A <c>config:</c> entry: its declared <c>type</c> (Infra never writes a <c>default</c>).</summary>
internal sealed record ConfigNode(string Name, string Type) : ProgramNode(Name);

/// <summary>A <c>variables:</c> entry.</summary>
internal sealed record VariableNode(string Name, AstExpr Value) : ProgramNode(Name);

/// <summary>A name referenced but never declared.</summary>
internal sealed record MissingNode(string Name) : ProgramNode(Name);

/// <summary>
/// A <c>resources:</c> entry. <see cref="Properties"/> is null when the writer omits <c>properties:</c> (no inputs),
/// in which case nothing is checked (<c>analyser.go:643-652</c>).
/// </summary>
internal sealed record ResourceNode(
    string Name,
    string Token,
    bool IsDefaultProvider,
    IReadOnlyList<AstEntry>? Properties,
    ResourceOptionExprs Options) : ProgramNode(Name);

/// <summary>The resource options that hold expressions (the others are literals the analyser does not check).</summary>
internal sealed record ResourceOptionExprs(
    AstExpr? Aliases,
    AstExpr? DependsOn,
    AstExpr? Parent,
    AstExpr? Provider,
    AstExpr? Providers,
    AstExpr? DeletedWith)
{
    /// <summary>In <c>walkResourceOptions</c> order (<c>analyser.go:1500-1574</c>).</summary>
    public IEnumerable<AstExpr> Walked() =>
        new[] { Aliases, DependsOn, Parent, Provider, Providers, DeletedWith }.OfType<AstExpr>();

    /// <summary>In <c>GetResourceDependencies</c> order (<c>expr.go:11-38</c>); <c>deletedWith</c> is not a dependency.</summary>
    public IEnumerable<AstExpr> Dependencies() =>
        new[] { DependsOn, Parent, Provider, Providers, Aliases }.OfType<AstExpr>();
}

/// <summary>A stack output: typed, never checked, not part of the dependency sort.</summary>
internal sealed record OutputNode(string Name, AstExpr Value);
