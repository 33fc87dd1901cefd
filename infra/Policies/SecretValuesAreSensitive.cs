using Infra.Expressions;
using Infra.Graph;
using Infra.Model;
using Infra.Providers.Vercel;

namespace Infra.Policies;

/// <summary>
/// A Vercel variable whose value is secret (a <c>fn::secret</c>, a secret config key, a secret
/// output or a value derived from one) is marked sensitive, so Vercel never shows it again.
/// </summary>
public sealed class SecretValuesAreSensitive : IPolicy
{
    /// <summary>Outputs that are secret in their providers' schemas, by type token.</summary>
    private static readonly Dictionary<string, string[]> SecretOutputs = new(StringComparer.Ordinal)
    {
        ["neon:index/project:Project"] = ["connectionUri", "connectionUriPooler", "databasePassword"],
        ["random:index/randomPassword:RandomPassword"] = ["result", "bcryptHash"],
        ["cloudflare:index/accountToken:AccountToken"] = ["value"],
        ["sentry:index/key:Key"] = ["dsn", "dsnSecret", "secret"],
    };

    public string Id => "POL003";

    public string Description => "Vercel variables holding secret values are sensitive";

    public IEnumerable<Diagnostic> Check(ProgramGraph program, PolicyContext context)
    {
        var secretConfig = program.Config.Where(c => c.Secret).Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var secretVariables = program.Variables.Where(v => IsSecret(v.Value, program, secretConfig, [])).Select(v => v.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var variable in program.Resources.OfType<ProjectEnvironmentVariable>())
        {
            var inputs = variable.Inputs();
            if (inputs["value"] is { } value && inputs["sensitive"] != new BoolLit(true) && IsSecret(value, program, secretConfig, secretVariables))
            {
                yield return Diagnostic.Error(Id, variable.Name, $"{SummaryKey(inputs)} holds a secret value but is not sensitive");
            }
        }
    }

    /// <summary>Whether the value is secret: anything under <c>fn::unsecret</c> is not.</summary>
    private static bool IsSecret(Expr value, ProgramGraph program, HashSet<string> secretConfig, HashSet<string> secretVariables) => value switch
    {
        UnsecretExpr => false,
        SecretExpr => true,
        Ref r when secretConfig.Contains(r.Root) || secretVariables.Contains(r.Root) => true,
        Ref r when program.FindResource(r.Root) is { } resource
            && SecretOutputs.TryGetValue(resource.Type, out var outputs)
            && outputs.Contains(r.Path.Split('.', '[')[0]) => true,
        _ => value.Subexpressions().Any(e => IsSecret(e, program, secretConfig, secretVariables)),
    };

    private static string SummaryKey(ObjectExpr inputs) => inputs["key"] is StringLit key ? key.Value : "the variable";
}
