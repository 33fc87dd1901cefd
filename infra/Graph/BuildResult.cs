using System.Collections.Immutable;

namespace Infra.Graph;

/// <summary>A program and every problem found while building it. The program is null when any is an error.</summary>
public sealed record BuildResult(ProgramGraph? Program, ImmutableArray<Diagnostic> Diagnostics)
{
    public bool Succeeded => Program is not null;
}
