using Infra.Graph;

namespace Infra.Policies;

/// <summary>A pull-request stack protects and retains nothing, so destroying it removes everything it made.</summary>
public sealed class PreviewsLeaveNothingBehind : IPolicy
{
    public string Id => "POL002";

    public string Description => "pull-request stacks protect and retain nothing";

    public IEnumerable<Diagnostic> Check(ProgramGraph program, PolicyContext context) =>
        !context.Preview
            ? []
            : program.Resources
                .Where(r => r.Options.Protect || r.Options.RetainOnDelete)
                .Select(r => Diagnostic.Error(Id, r.Name, "a pull-request stack must not protect or retain resources: destroying it would leave this behind"));
}
