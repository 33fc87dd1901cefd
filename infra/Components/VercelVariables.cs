using Infra.Expressions;
using Infra.Graph;
using Infra.Model;
using Infra.Providers.Std;
using Infra.Providers.Vercel;

namespace Infra.Components;

/// <summary>
/// Declares Vercel environment variables of a project, checked against Vercel's rules (a
/// sensitive variable cannot target <c>development</c>; every variable needs a target). Logical
/// names come from the key: <c>&lt;path&gt;-env-database-url</c>.
/// </summary>
public static class VercelVariables
{
    private static readonly string[] DigestKeys = ["key", "targets", "gitBranch", "value"];

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

            // A change of sensitive or gitBranch replaces the variable (RequiresReplace in
            // terraform-provider-vercel v5.4.1 vercel/resource_project_environment_variable.go),
            // and the API refuses a second variable with the same key, target and branch
            // (ENV_CONFLICT, client/environment_variable.go): delete the old one first.
            Options = new ResourceOptions { DeleteBeforeReplace = true },
        });
    }

    /// <summary>
    /// A secret SHA-256 (std <c>sha256</c>) of the variables' keys, targets, branches and values as
    /// JSON, declared as the variable <c>&lt;path&gt;-variables-digest</c>; its reference.
    /// </summary>
    public static Expr Digest(ProgramBuilder builder, ComponentPath path, IEnumerable<ProjectEnvironmentVariable> variables)
    {
        var entries = ListExpr.Of(variables.Select(v => v.Inputs())
            .Select(i => (Expr)ObjectExpr.From([.. DigestKeys.Where(k => i[k] is not null).Select(k => (k, i[k]!))])));
        var digest = builder.AddVariable(path.Name("variables-digest"), new SecretExpr(StdFunctions.Sha256(new Input<string>(new ToJsonExpr(entries)))));
        return digest.Ref;
    }
}
