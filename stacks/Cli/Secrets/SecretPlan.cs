using Infra.Graph;
using Infra.Stacks.Cli.Init;
using Infra.Stacks.Settings;

namespace Infra.Stacks.Cli.Secrets;

/// <summary>
/// Which secrets of which stacks still need a value: the secret config keys each stack's settings
/// reference (the parsers name them, also while they are missing), less those with a real
/// encrypted value. Any other problem of the settings is reported instead: secrets are set only
/// into stack files that are otherwise valid.
/// </summary>
public static class SecretPlan
{
    public static (SecretWork? Work, IReadOnlyList<Diagnostic> Errors) Build(IReadOnlyList<(string Stack, RawConfig Config)> stacks, bool all)
    {
        List<PendingSecret> pending = [];
        List<Diagnostic> errors = [];
        BootstrapSettings? bootstrap = null;
        List<(string, StackSettings)> apps = [];
        var complete = true;
        foreach (var (stack, config) in stacks)
        {
            var (settings, problems, secrets) = Parse(stack, config);
            var keys = secrets.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
            if (settings is null && problems.All(p => keys.Contains(p.Location)))
            {
                // Only secrets are missing: the settings as they will be once set, for the checks below.
                settings = Parse(stack, Filled(config, secrets)).Settings;
            }

            switch (settings)
            {
                case BootstrapSettings b:
                    bootstrap = b;
                    break;
                case StackSettings a:
                    apps.Add((stack, a));
                    break;
                default:
                    complete = false;
                    break;
            }

            errors.AddRange(problems.Where(p => !keys.Contains(p.Location)));
            foreach (var secret in secrets)
            {
                if (State(config, secret.Key, all) is { } state)
                {
                    pending.Add(new PendingSecret(stack, secret, state));
                }
            }
        }

        // The bootstrap stack agrees with the app stacks: checked when all of them are read (the default).
        if (complete && bootstrap is not null && stacks.Count > 1)
        {
            errors.AddRange(DeliveryConsistency.Check(bootstrap, apps));
        }

        return errors.Count > 0 ? (null, errors) : (new SecretWork(pending, bootstrap), []);
    }

    private static (object? Settings, IReadOnlyList<Diagnostic> Errors, IReadOnlyList<RequiredSecret> Secrets) Parse(string stack, RawConfig config)
    {
        if (stack == BootstrapSettingsParser.Stack)
        {
            var (bootstrap, errors) = BootstrapSettingsParser.ParseWithSecrets(config, out var secrets);
            return (bootstrap, errors, secrets);
        }

        var (settings, problems) = StackSettingsParser.ParseWithSecrets(stack, config, out var required);
        return (settings, problems, required);
    }

    /// <summary>
    /// Why the key needs a value, or null when it has a real one (and <paramref name="all"/> is not
    /// asked). The state's passphrase is never asked again once set: it encrypts the stacks, and a new
    /// one takes <c>pulumi stack change-secrets-provider</c> per stack, not a new value.
    /// </summary>
    private static string? State(RawConfig config, string key, bool all) => Lookup(config, key) switch
    {
        null => "missing",
        ConfigScalar { Secure: false } => "in clear text",
        ConfigScalar { Text: InitQuestions.SecretPlaceholder } => "placeholder",
        _ => all && !IsPassphrase(key) ? "set" : null,
    };

    /// <summary>
    /// A passphrase that encrypts stacks: the app stacks' (<c>PULUMI_CONFIG_PASSPHRASE</c>) or the
    /// bootstrap stack's own (<c>BOOTSTRAP_CONFIG_PASSPHRASE</c>). Typed twice, never asked again.
    /// </summary>
    public static bool IsPassphrase(string key) =>
        key.EndsWith(":PULUMI_CONFIG_PASSPHRASE", StringComparison.Ordinal) || key.EndsWith(":" + BootstrapSettingsParser.OwnPassphraseSecret, StringComparison.Ordinal);

    /// <summary>The config with an encrypted stand-in for every secret it lacks.</summary>
    private static RawConfig Filled(RawConfig config, IReadOnlyList<RequiredSecret> secrets)
    {
        var filler = new ConfigScalar(InitQuestions.SecretPlaceholder, Secure: true);
        foreach (var secret in secrets.Where(s => Lookup(config, s.Key) is null))
        {
            config = ProjectPath(config, secret.Key) is { } path
                ? ConfigOverlay.With(config, path, filler)
                : config with { ProviderConfig = config.ProviderConfig.SetItem(secret.Key, filler) };
        }

        return config;
    }

    /// <summary>The path of a key of the project's namespace (<c>&lt;project&gt;:a.b</c>: a, b), or null for a provider's key.</summary>
    private static string[]? ProjectPath(RawConfig config, string key) =>
        key.StartsWith(config.Namespace + ":", StringComparison.Ordinal) ? key[(config.Namespace.Length + 1)..].Split('.') : null;

    private static ConfigNode? Lookup(RawConfig config, string key)
    {
        if (ProjectPath(config, key) is not { } path)
        {
            return config.ProviderConfig.GetValueOrDefault(key);
        }

        ConfigNode? node = config.Root;
        foreach (var segment in path)
        {
            node = node is ConfigMap map ? map.Entries.GetValueOrDefault(segment) : null;
        }

        return node;
    }
}
