using Infra.Expressions;

namespace Infra.Model;

/// <summary>A named intermediate value of the program (pulumi-yaml <c>variables:</c>).</summary>
public sealed record Variable(string Name, Expr Value)
{
    public Ref Ref => new(Name);
}
