using Infra.Expressions;
using Infra.Graph;
using Infra.Providers.Vercel;

namespace Infra.Components;

/// <summary>
/// Declares Vercel environment variables of a project, checked against Vercel's rules (a
/// sensitive variable cannot target <c>development</c>; every variable needs a target). Logical
/// names come from the key: <c>&lt;path&gt;-env-database-url</c>.
/// </summary>
public static class VercelVariables
{
    public static ProjectEnvironmentVariable Add(ProgramBuilder builder, ComponentPath path, Input<string> projectId, EnvVariable variable)
    {
        var name = path.Name("env-" + variable.Key);
        if (variable.Targets.IsEmpty)
        {
            builder.Report(Diagnostic.Error(DiagnosticCodes.NoTargets, name, $"{variable.Key} has no targets; give at least one of production, preview, development"));
        }

        if (variable.Spec.Sensitive && variable.Targets.Contains(VercelTarget.Development))
        {
            builder.Report(Diagnostic.Error(
                DiagnosticCodes.SensitiveInDevelopment, name, $"{variable.Key} is sensitive and cannot target development (Vercel refuses it); target production and preview only"));
        }

        return builder.Add(new ProjectEnvironmentVariable(name, projectId, variable.Key, variable.Spec.Sensitive)
        {
            Value = variable.Value,
            Targets = [.. variable.Targets.Select(t => (Input<string>)t.ToString().ToLowerInvariant())],
            GitBranch = variable.GitBranch is { } branch ? (Input<string>?)branch : null,
            Comment = variable.Spec.Description,
        });
    }
}
