using System.Collections.Immutable;
using Infra.Graph;
using Infra.Stacks.Settings.Catalog;

namespace Infra.Stacks.Settings;

/// <summary>
/// Turns the <c>bootstrap</c> stack's raw config into <see cref="BootstrapSettings"/>, or into
/// every problem found (one diagnostic each), never both.
/// </summary>
public static class BootstrapSettingsParser
{
    /// <summary>The stack that declares the delivery setup.</summary>
    public const string Stack = "bootstrap";

    /// <summary>
    /// The jobs of <c>.github/workflows/ci.yml</c> and <c>preview.yml</c> a pull request must pass, by
    /// check name (a job's <c>name:</c>, a matrix job once per stack). A fork's or Dependabot's
    /// preview skips its steps, not the job, so its checks report under these names and pass.
    /// </summary>
    public static ImmutableArray<string> DefaultRequiredChecks { get; } =
        ["Build, test, synthesize", "Lint workflows", "Build the compiler", "Desired-state diff", "Preview staging", "Preview prod"];

    /// <summary>
    /// The credentials that can change or delete production data, so only the deploy jobs (in an
    /// environment, from <c>main</c>) may hold them: the Neon organization key, the Cloudflare token
    /// that writes DNS and R2 and mints tokens, the Sentry token that writes projects and rules.
    /// Previews and drift use read-only or project-scoped ones (docs/credentials.md).
    /// </summary>
    public static ImmutableArray<string> DefaultEnvironmentSecrets { get; } = ["NEON_API_KEY", "CLOUDFLARE_API_TOKEN", "SENTRY_TOKEN"];

    /// <summary>
    /// The repository secrets of the providers' read credentials that previews, drift and the
    /// pull-request stacks hold (docs/credentials.md): Vercel's only kind of token, and the read-only
    /// Cloudflare and Sentry tokens.
    /// </summary>
    public static ImmutableArray<string> DefaultRepositorySecrets { get; } = ["VERCEL_API_TOKEN", "CLOUDFLARE_READ_API_TOKEN", "SENTRY_READ_TOKEN"];

    /// <summary>The stack the pull-request stacks branch from (<c>.github/workflows/pr-stack.yml</c>): its Neon key is <c>NEON_PR_API_KEY</c>.</summary>
    public const string PullRequestBaseStack = "staging";

    /// <summary>The bootstrap stack's own passphrase (<c>bootstrap.ownPassphrase</c>): its secret config, and the secret of the environments' jobs.</summary>
    public const string OwnPassphraseSecret = "BOOTSTRAP_CONFIG_PASSPHRASE";

    /// <summary>The bootstrap stack's provider config the github provider acts with.</summary>
    public const string GitHubTokenConfig = "github:token";

    /// <summary>The bootstrap stack's provider config that creates the project-scoped Neon keys.</summary>
    public const string NeonApiKeyConfig = "neon:apiKey";

    /// <summary>The GitHub environments the deploy jobs run in (<c>.github/workflows/deploy.yml</c>).</summary>
    public static ImmutableArray<string> EnvironmentNames { get; } = ["staging", "production"];

    /// <summary>The bootstrap stack's secret config key of an environment's secret: <c>NEON_API_KEY_PRODUCTION</c>.</summary>
    public static string EnvironmentSecretKey(string secret, string environment) => secret + "_" + environment.ToUpperInvariant();

    private static readonly OrderedDictionary<string, bool> OidcChoices = new(StringComparer.Ordinal)
    {
        ["create"] = true,
        ["existing"] = false,
    };

    public static (BootstrapSettings? Settings, IReadOnlyList<Diagnostic> Errors) Parse(RawConfig config) => Parse(config, out _);

    /// <summary>Parses, and tells which keys the settings read (every documented setting should be among them).</summary>
    internal static (BootstrapSettings? Settings, IReadOnlyList<Diagnostic> Errors) Parse(RawConfig config, out IReadOnlyCollection<string> keys) =>
        Parse(config, out keys, out _);

    /// <summary>Parses, and tells which secret config keys the settings reference (also when some are missing).</summary>
    public static (BootstrapSettings? Settings, IReadOnlyList<Diagnostic> Errors) ParseWithSecrets(RawConfig config, out IReadOnlyList<RequiredSecret> required) =>
        Parse(config, out _, out required);

    private static (BootstrapSettings? Settings, IReadOnlyList<Diagnostic> Errors) Parse(RawConfig config, out IReadOnlyCollection<string> keys, out IReadOnlyList<RequiredSecret> required)
    {
        var r = new SettingsReader(config);
        keys = r.KnownKeys;
        required = r.Secrets;
        r.ProviderSecretKey(GitHubTokenConfig, "the token the github provider administers the repository with (environments, their secrets, variables, rulesets): a fine-grained token of this repository with Administration, Environments, Secrets and Variables write; CI's Deploy reads it here");
        var repository = r.Text(CoreKeys.Repository);
        var reviewers = r.List(BootstrapKeys.Reviewers);
        if (!r.Has(BootstrapKeys.Reviewers))
        {
            r.Missing(BootstrapKeys.Reviewers.Key, "a list of at least one GitHub login, who approve production deployments");
        }

        var checks = r.List(BootstrapKeys.RequiredChecks, DefaultRequiredChecks);
        var before = r.Errors.Count;
        var backend = r.OptionalText(BootstrapKeys.StateBackendUrl);
        var secrets = r.OptionalText(BootstrapKeys.SecretsProvider);
        // Which secrets the state backend needs follows from these two: not from a value already refused.
        var stateKnown = r.Errors.Count == before;
        var createOidc = r.Choice(BootstrapKeys.OidcProvider, OidcChoices);
        var backupStacks = r.List(BootstrapKeys.BackupStacks);
        var deployedStacks = r.List(BootstrapKeys.DeployedStacks);
        var heartbeats = r.Bool(BootstrapKeys.HeartbeatSecrets);
        var environmentSecrets = r.List(BootstrapKeys.EnvironmentSecrets);
        foreach (var environment in EnvironmentNames)
        {
            foreach (var secret in environmentSecrets)
            {
                r.SecretKey(EnvironmentSecretKey(secret, environment), $"the {environment} environment's secret {secret} (bootstrap.environmentSecrets)");
            }
        }

        var listed = r.List(BootstrapKeys.RepositorySecrets);
        var state = stateKnown ? BootstrapRepositoryReader.StateSecrets(backend, secrets).Except(listed).ToList() : [];
        if (!stateKnown)
        {
            foreach (var secret in BootstrapRepositoryReader.AllStateSecrets)
            {
                r.Acknowledge(secret);
            }
        }

        ImmutableArray<string> repositorySecrets = [.. listed.Distinct(StringComparer.Ordinal), .. state];
        foreach (var secret in repositorySecrets)
        {
            if (BootstrapRepositoryReader.SecretConflict(r, secret, environmentSecrets))
            {
                r.Acknowledge(secret);
                continue;
            }

            r.SecretKey(secret, state.Contains(secret)
                ? $"the repository secret {secret} of the state backend (bootstrap.stateBackendUrl, bootstrap.secretsProvider)"
                : $"the repository secret {secret} (bootstrap.repositorySecrets)");
        }

        var neonStacks = r.List(BootstrapKeys.NeonStacks);
        if (neonStacks.Length > 0)
        {
            r.ProviderSecretKey(NeonApiKeyConfig, "the organization API key that creates the project-scoped Neon keys (bootstrap.neonStacks; or give bootstrap.neonStacks: [] when no stack uses Neon)");
        }

        var variables = BootstrapRepositoryReader.Variables(r);
        var ownPassphrase = r.Bool(BootstrapKeys.OwnPassphrase);
        if (ownPassphrase && stateKnown && BootstrapRepositoryReader.StateSecrets(backend, secrets).Contains("PULUMI_CONFIG_PASSPHRASE"))
        {
            r.Acknowledge(OwnPassphraseSecret);
            r.Fail(BootstrapKeys.OwnPassphrase.Key, "is true, but the app stacks use the passphrase provider: the bootstrap stack reads their secret outputs with their passphrase, the only one a job can hold; set bootstrap.ownPassphrase: false (their secrets and the bootstrap stack's then share that passphrase, docs/credentials.md), or give bootstrap.secretsProvider an awskms:// key");
        }
        else if (ownPassphrase)
        {
            r.SecretKey(OwnPassphraseSecret, "the bootstrap stack's own passphrase (bootstrap.ownPassphrase), also the secret BOOTSTRAP_CONFIG_PASSPHRASE of the production environment");
        }

        r.ReportUnknown();

        List<Diagnostic> errors = [.. r.Errors];
        if (errors.Count == 0 && config.ProviderConfig.TryGetValue("github:owner", out var owner) && owner is ConfigScalar { Secure: false } o
            && !string.Equals(o.Text, repository.Split('/')[0], StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(Diagnostic.Error(SettingsCodes.Invalid, "github:owner",
                $"\"{o.Text}\" is not the owner of {config.Namespace}:github.repository \"{repository}\"; expected them to name the same owner"));
        }

        return errors.Count > 0
            ? (null, errors)
            : (new BootstrapSettings(config.Namespace, repository, [.. reviewers.Distinct(StringComparer.OrdinalIgnoreCase)], checks, createOidc) { StateBackendUrl = backend, SecretsProvider = secrets, BackupStacks = backupStacks, EnvironmentSecrets = environmentSecrets, HeartbeatSecrets = heartbeats, RepositorySecrets = repositorySecrets, NeonStacks = neonStacks, DeployedStacks = deployedStacks, RepositoryVariables = variables, OwnPassphrase = ownPassphrase }, []);
    }
}
