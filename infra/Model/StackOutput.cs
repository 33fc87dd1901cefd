using Infra.Expressions;

namespace Infra.Model;

/// <summary>A stack output, readable with <c>pulumi stack output</c> and by stack references.</summary>
public sealed record StackOutput(string Name, Expr Value);
