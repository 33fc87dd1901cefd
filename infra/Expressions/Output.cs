namespace Infra.Expressions;

/// <summary>A typed reference to an output of a resource or variable.</summary>
public readonly record struct Output<T>(Ref Ref)
{
    public override string ToString() => Ref.ToString();
}
