using Infra.Expressions;

namespace Infra.Model;

/// <summary>A resource given by its type token and untyped inputs (provider resources, tests).</summary>
public sealed record GenericResource(string Name, string TypeToken, ObjectExpr Properties) : Resource(Name)
{
    public override string Type => TypeToken;

    public override ObjectExpr Inputs() => Properties;
}
