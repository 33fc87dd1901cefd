namespace Infra.Expressions;

/// <summary>A typed nested input (a schema object type) that knows its own property names.</summary>
public interface IInputObject
{
    ObjectExpr ToExpr();
}
