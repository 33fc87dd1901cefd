using Infra.Graph;
using Infra.Stacks.Settings;

namespace Infra.Stacks.Cli.Secrets;

/// <summary>The values <c>infra secrets</c> stores: typed at a terminal without echo, or taken from the environment.</summary>
public static class SecretValues
{
    /// <summary>
    /// A value for every pending secret, or one line per secret that has none. At a terminal each is
    /// asked for (a secret of the same key given for another stack may be reused with Enter); otherwise
    /// it comes from the environment variable named after the key.
    /// </summary>
    public static (List<string>? Values, List<Diagnostic> Missing) Collect(CliContext context, string project, IReadOnlyList<PendingSecret> pending)
    {
        List<string> values = [];
        List<Diagnostic> missing = [];
        var given = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in pending)
        {
            var variable = p.Secret.EnvironmentVariable(project);
            string? value;
            if (context.ReadSecret is { } read)
            {
                var reuse = given.ContainsKey(p.Secret.Key);
                context.Error.WriteLine($"{p.Stack}: {p.Secret.Key} ({p.State}): {p.Secret.Purpose}");
                value = read(reuse ? "  value (hidden; Enter: the one given above): " : "  value (hidden): ");
                if (string.IsNullOrEmpty(value) && reuse)
                {
                    value = given[p.Secret.Key];
                }
                else if (SecretPlan.IsPassphrase(p.Secret.Key) && !string.IsNullOrEmpty(value) && read("  the same again (it also encrypts the stacks; a typo would lock them): ") != value)
                {
                    missing.Add(Diagnostic.Error(SettingsCodes.Invalid, p.Secret.Key, "the two entries differ; nothing was set: run infra secrets again"));
                    continue;
                }
            }
            else
            {
                value = context.GetEnvironment(variable);
            }

            if (string.IsNullOrEmpty(value))
            {
                missing.Add(Diagnostic.Error(SettingsCodes.Missing, p.Secret.Key,
                    $"no value for stack {p.Stack} ({p.Secret.Purpose}); " + (context.ReadSecret is null
                        ? $"set the environment variable {variable}, or run infra secrets at a terminal to be asked"
                        : "type it when asked (nothing was set)")));
                continue;
            }

            given[p.Secret.Key] = value;
            values.Add(value);
        }

        return missing.Count > 0 ? (null, missing) : (values, missing);
    }
}
