namespace Infra.Tests.Conformance.TypeCheck;

/// <summary>
/// A bound <c>schema.Resource</c>: its canonical token, input properties (the <c>properties:</c> a program may set)
/// and output properties (what <c>${res.x}</c> reads), both sorted by name. Bound lazily.
/// </summary>
internal sealed class ResourceDefinition(
    string token,
    Func<IReadOnlyList<TypeProperty>> inputProperties,
    Func<IReadOnlyList<TypeProperty>> properties,
    bool isComponent)
{
    private readonly Lazy<IReadOnlyList<TypeProperty>> _inputs = new(inputProperties);
    private readonly Lazy<IReadOnlyList<TypeProperty>> _outputs = new(properties);

    public string Token { get; } = token;

    public IReadOnlyList<TypeProperty> InputProperties => _inputs.Value;

    public IReadOnlyList<TypeProperty> Properties => _outputs.Value;

    public bool IsComponent { get; } = isComponent;
}
