namespace Infra.Tests.Conformance.TypeCheck;

/// <summary>
/// An expression as pulumi-yaml parses the written YAML (pulumi-yaml <c>pkg/pulumiyaml/ast/expr.go</c>, v1.38.1).
/// Nodes compare by reference: the analyser keys its type table by expression pointer.
/// </summary>
internal abstract class AstExpr
{
    /// <summary>The children the analyser's walker visits before the node itself (<c>analyser.go:1329-1362</c>).</summary>
    public virtual IEnumerable<AstExpr> Children() => [];
}

/// <summary>A plain string (<c>StringExpr</c>): no <c>${...}</c> after unescaping <c>$$</c>.</summary>
internal sealed class AstString(string value) : AstExpr
{
    public string Value { get; } = value;
}

/// <summary>A YAML number (<c>NumberExpr</c>, a float64): integers included, so always typed <c>number</c>.</summary>
internal sealed class AstNumber(double value) : AstExpr
{
    public double Value { get; } = value;
}

/// <summary>A YAML boolean.</summary>
internal sealed class AstBool(bool value) : AstExpr
{
    public bool Value { get; } = value;
}

/// <summary>The YAML null.</summary>
internal sealed class AstNull : AstExpr;

/// <summary>A YAML sequence.</summary>
internal sealed class AstList(IReadOnlyList<AstExpr> elements) : AstExpr
{
    public IReadOnlyList<AstExpr> Elements { get; } = elements;

    public override IEnumerable<AstExpr> Children() => Elements;
}

/// <summary>One key/value pair of a map; the key is an expression too (a string, unless it interpolates).</summary>
internal sealed record AstEntry(AstExpr Key, AstExpr Value);

/// <summary>A YAML map that is not a builtin.</summary>
internal sealed class AstObject(IReadOnlyList<AstEntry> entries) : AstExpr
{
    public IReadOnlyList<AstEntry> Entries { get; } = entries;

    public override IEnumerable<AstExpr> Children() => Entries.SelectMany(e => new[] { e.Key, e.Value });
}

/// <summary>Exactly <c>"${path}"</c>: a <c>SymbolExpr</c>, typed by property access. Not descended into.</summary>
internal sealed class AstSymbol(PropertyPath path) : AstExpr
{
    public PropertyPath Path { get; } = path;
}

/// <summary>Text around, or several, <c>${...}</c>: an <c>InterpolateExpr</c>, typed <c>string</c>, its parts unchecked.</summary>
internal sealed class AstInterpolate(IReadOnlyList<InterpolationPart> parts) : AstExpr
{
    public IReadOnlyList<InterpolationPart> Parts { get; } = parts;
}

/// <summary><c>fn::secret</c>: the argument's type.</summary>
internal sealed class AstSecret(AstExpr value) : AstExpr
{
    public AstExpr Value { get; } = value;

    public override IEnumerable<AstExpr> Children() => [Value];
}

/// <summary><c>fn::join: [delimiter, values]</c>: <c>string</c>; its argument list is walked as a list.</summary>
internal sealed class AstJoin(AstExpr delimiter, AstExpr values) : AstExpr
{
    public AstExpr Delimiter { get; } = delimiter;

    public AstExpr Values { get; } = values;

    public AstList Args { get; } = new([delimiter, values]);

    public override IEnumerable<AstExpr> Children() => [Args];
}

/// <summary>
/// <c>fn::select: [index, values]</c>: the element type of <c>values</c>; the walker visits the argument list
/// (<c>analyser.go:1329-1362</c>, <c>ast/expr.go:547-570</c>).
/// </summary>
internal sealed class AstSelect(AstExpr index, AstExpr values) : AstExpr
{
    public AstExpr Index { get; } = index;

    public AstExpr Values { get; } = values;

    public AstList Args { get; } = new([index, values]);

    public override IEnumerable<AstExpr> Children() => [Args];
}

/// <summary><c>fn::toJSON</c>: <c>string</c>.</summary>
internal sealed class AstToJson(AstExpr value) : AstExpr
{
    public AstExpr Value { get; } = value;

    public override IEnumerable<AstExpr> Children() => [Value];
}

/// <summary>
/// <c>fn::invoke</c>. <see cref="Args"/> is the whole <c>{function, arguments, options, return}</c> map, which the
/// walker types first, so every <c>${...}</c> in the arguments and options is checked.
/// </summary>
internal sealed class AstInvoke(string token, AstObject? arguments, AstExpr? provider, string? returnField, AstObject args) : AstExpr
{
    public string Token { get; } = token;

    /// <summary>Null when the writer omits <c>arguments:</c> (no arguments).</summary>
    public AstObject? Arguments { get; } = arguments;

    public AstExpr? Provider { get; } = provider;

    public string? Return { get; } = returnField;

    public AstObject Args { get; } = args;

    public override IEnumerable<AstExpr> Children() => [Args];
}

/// <summary>A single-key map whose key pulumi-yaml would read as a builtin this model does not cover: typed Invalid.</summary>
internal sealed class AstUnmodelled(string key, AstExpr value) : AstExpr
{
    public string Key { get; } = key;

    public AstExpr Value { get; } = value;

    public override IEnumerable<AstExpr> Children() => [Value];
}

/// <summary><c>fn::stringAsset</c>: <c>asset</c> (analyser.go:1085-1086); its text argument is walked first.</summary>
internal sealed class AstStringAsset(AstExpr text) : AstExpr
{
    public AstExpr Text { get; } = text;

    public override IEnumerable<AstExpr> Children() => [Text];
}

/// <summary><c>fn::assetArchive</c>: <c>archive</c> (analyser.go:1083-1084); its map of members is walked first.</summary>
internal sealed class AstAssetArchive(AstObject members) : AstExpr
{
    public AstObject Members { get; } = members;

    public override IEnumerable<AstExpr> Children() => [Members];
}
