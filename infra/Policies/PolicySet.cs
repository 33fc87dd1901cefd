using System.Collections.Immutable;
using Infra.Graph;

namespace Infra.Policies;

/// <summary>Every policy, and how a build result passes through them.</summary>
public static class PolicySet
{
    public static IReadOnlyList<IPolicy> All { get; } =
        [new ProductionDataIsProtected(), new PreviewsLeaveNothingBehind(), new SecretValuesAreSensitive()];

    /// <summary>Adds the policies' findings to a build; any error withholds the program.</summary>
    public static BuildResult Apply(BuildResult result, PolicyContext context)
    {
        if (result.Program is null)
        {
            return result;
        }

        var findings = All.SelectMany(p => p.Check(result.Program, context)).ToImmutableArray();
        var diagnostics = result.Diagnostics.AddRange(findings);
        return new BuildResult(findings.Any(d => d.IsError) ? null : result.Program, diagnostics);
    }
}
