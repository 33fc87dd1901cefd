using Infra.Expressions;

namespace Infra.Providers.Vercel;

/// <summary>Function defaults of a project (<c>ProjectResourceConfig</c>); replaces the deprecated <c>serverlessFunctionRegion</c>.</summary>
public sealed record ProjectResourceConfig : IInputObject
{
    public IReadOnlyList<Input<string>>? FunctionDefaultRegions { get; init; }

    /// <summary>The default maximum duration of functions, in seconds (1 to 900).</summary>
    public Input<long>? FunctionDefaultTimeout { get; init; }

    public ObjectExpr ToExpr() => new ObjectBuilder()
        .Add("functionDefaultRegions", FunctionDefaultRegions)
        .Add("functionDefaultTimeout", FunctionDefaultTimeout)
        .Build();
}
