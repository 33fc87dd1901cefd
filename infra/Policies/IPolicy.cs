using Infra.Graph;

namespace Infra.Policies;

/// <summary>A rule every program of a kind of stack must follow. Errors block the output; warnings are reported.</summary>
public interface IPolicy
{
    /// <summary>The stable id in diagnostics (<c>POL001</c>).</summary>
    string Id { get; }

    /// <summary>What the rule requires, for <c>infra check</c> and the docs.</summary>
    string Description { get; }

    IEnumerable<Diagnostic> Check(ProgramGraph program, PolicyContext context);
}
