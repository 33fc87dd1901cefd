using Infra.Expressions;
using Infra.Graph;
using Infra.Model;
using Infra.Providers.Random;

namespace Infra.Components;

/// <summary>
/// The app's secrets: <c>NEXTAUTH_SECRET</c>, <c>SESSION_SECRET</c> and <c>CSRF_SECRET</c> generated
/// by the random provider (secret results), and third-party keys referenced from secret stack
/// config (declared <c>secret: true</c>), so no value is ever written into the program.
/// </summary>
public sealed class AppSecrets
{
    private AppSecrets(IReadOnlyList<EnvVariable> variables) => Variables = variables;

    /// <summary>The Vercel variables these secrets become (targets set by the caller).</summary>
    public IReadOnlyList<EnvVariable> Variables { get; }

    public static AppSecrets Declare(ProgramBuilder builder, ComponentPath path, AppSecretsArgs args, Func<EnvVariableSpec, Input<string>, EnvVariable> bind)
    {
        List<EnvVariable> variables = [];
        foreach (var spec in new[] { EnvCatalog.NextAuthSecret, EnvCatalog.SessionSecret, EnvCatalog.CsrfSecret }.Where(s => !args.SwitchedOff.Contains(s.Key)))
        {
            var password = builder.Add(new RandomPassword(path.Name(spec.Key), args.Length)
            {
                Special = false,
                Keepers = new Dictionary<string, Input<string>> { ["rotation"] = args.RotationKeeper },
            });
            variables.Add(bind(spec, password.Result));
        }

        foreach (var key in args.PassThrough)
        {
            var reference = builder.AddConfig(new ConfigDeclaration(key, "string", Secret: true));
            variables.Add(bind(EnvCatalog.PassThrough(key), new Input<string>(reference)));
        }

        return new AppSecrets(variables);
    }
}
