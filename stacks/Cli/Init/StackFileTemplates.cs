using System.Globalization;
using System.Text;

namespace Infra.Stacks.Cli.Init;

/// <summary>
/// The stack files <c>infra init</c> writes: prod, staging and bootstrap, with comments that say
/// where each value comes from and the secrets still to set (placeholders until then).
/// </summary>
public static class StackFileTemplates
{
    public static string Production(IReadOnlyDictionary<string, string> a) => App(a, production: true);

    public static string Staging(IReadOnlyDictionary<string, string> a) => App(a, production: false);

    public static string Bootstrap(IReadOnlyDictionary<string, string> a)
    {
        var p = a["project"];
        var text = new StringBuilder();
        text.Append(SchemaCommand.Modeline(bootstrap: true)).Append('\n');
        text.Append(CultureInfo.InvariantCulture, $"""
            # Bootstrap: the repository's delivery setup (GitHub environments with their secrets and variables,
            # the repository's secrets and variables, the ruleset on main, the AWS roles GitHub's OIDC may
            # assume, the project-scoped Neon keys of previews and drift). Written by `infra init`; every setting:
            # docs/settings.md, *The bootstrap stack*. Deploy it first, from a laptop (README, *Deploying for real*).
            config:
              aws:region: {a["aws-region"]}
              github:owner: {a["repository"].Split('/')[0]}
              # The secure: values are placeholders until `infra secrets` sets them (README, *Deploying for real*).
              # The github provider acts as the repository's admin with this token (CI's Deploy reads it here).
              github:token:
                secure: {InitQuestions.SecretPlaceholder}
              # An organization API key: it creates the project-scoped keys of previews and drift (bootstrap.neonStacks).
              neon:apiKey:
                secure: {InitQuestions.SecretPlaceholder}
              {p}:github:
                repository: {a["repository"]}
              {p}:bootstrap:
                # Exactly one stack of the AWS account creates the GitHub OIDC provider: this one, which is
                # deployed first (its deploy roles trust it); the app stacks' backups look it up.
                oidcProvider: create
                # Where the state is kept, as `pulumi login` takes it (the workflows log in to it too).
                stateBackendUrl: {a["state-backend"]}
            {StateLines(a)}    # Who approves production deployments (GitHub logins).
                reviewers:

            """);
        foreach (var login in a["reviewers"].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            text.Append(CultureInfo.InvariantCulture, $"      - {login}\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"""
              # The deploy credentials, as secrets of the staging and production environments only, then the
              # repository secrets every Pulumi job reads (read credentials, and the state backend's).

            """);
        foreach (var key in BootstrapSecrets(a))
        {
            text.Append(CultureInfo.InvariantCulture, $"  {p}:{key}:\n    secure: {InitQuestions.SecretPlaceholder}\n");
        }

        return text.ToString();
    }

    /// <summary>
    /// The bootstrap stack's secret config keys of its project: each default environment secret per
    /// environment, then the default repository secrets and Pulumi Cloud's token (init declares no
    /// self-managed backend).
    /// </summary>
    public static IEnumerable<string> BootstrapSecrets(IReadOnlyDictionary<string, string> a) =>
        (from environment in Settings.BootstrapSettingsParser.EnvironmentNames
         from secret in Settings.BootstrapSettingsParser.DefaultEnvironmentSecrets
         select Settings.BootstrapSettingsParser.EnvironmentSecretKey(secret, environment))
        .Concat(OwnPassphrase(a) ? [Settings.BootstrapSettingsParser.OwnPassphraseSecret] : [])
        .Concat(Settings.BootstrapSettingsParser.DefaultRepositorySecrets)
        .Concat(Settings.BootstrapRepositoryReader.StateSecrets(a["state-backend"], SecretsProvider(a)));

    /// <summary>Whether the bootstrap stack can have a passphrase of its own: not when the app stacks use the passphrase provider.</summary>
    private static bool OwnPassphrase(IReadOnlyDictionary<string, string> a) =>
        !Settings.BootstrapRepositoryReader.StateSecrets(a["state-backend"], SecretsProvider(a)).Contains("PULUMI_CONFIG_PASSPHRASE");

    private static string? SecretsProvider(IReadOnlyDictionary<string, string> a) =>
        a["secrets-provider"] == InitQuestions.DefaultSecretsProvider ? null : a["secrets-provider"];

    /// <summary>The lines of <c>bootstrap:</c> after the state backend: the secrets provider and the repository variables, each ending a line.</summary>
    private static string StateLines(IReadOnlyDictionary<string, string> a)
    {
        var text = new StringBuilder();
        if (SecretsProvider(a) is { } provider)
        {
            text.Append("    # How stack secrets are encrypted (infra secrets creates the stacks with it).\n")
                .Append(CultureInfo.InvariantCulture, $"    secretsProvider: {provider}\n");
        }

        if (!OwnPassphrase(a))
        {
            text.Append("    # The app stacks' passphrase encrypts this stack too: its stack references read their secret outputs\n")
                .Append("    # with it (docs/credentials.md, limits). With an awskms:// secrets provider it could have its own.\n")
                .Append("    ownPassphrase: false\n");
        }

        if (a["schemas-repository"] == InitQuestions.None)
        {
            text.Append("    # Plain repository variables the workflows read: the public repository whose provider-schemas/\n")
                .Append("    # CI's conformance tests check out (docs/settings.md). CI's tests fail until it is set:\n")
                .Append("    # repositoryVariables:\n")
                .Append("    #   PROVIDER_SCHEMAS_REPOSITORY: <owner>/<repository>\n");
        }
        else
        {
            text.Append("    # Plain repository variables the workflows read: CI's conformance tests check out the provider\n")
                .Append("    # schemas from this public repository.\n")
                .Append("    repositoryVariables:\n")
                .Append(CultureInfo.InvariantCulture, $"      PROVIDER_SCHEMAS_REPOSITORY: {a["schemas-repository"]}\n");
        }

        return text.ToString();
    }

    private static string App(IReadOnlyDictionary<string, string> a, bool production)
    {
        var p = a["project"];
        var channel = a["slack-channel-id"];
        var text = new StringBuilder();
        text.Append(SchemaCommand.Modeline(bootstrap: false)).Append('\n');
        text.Append(production
            ? "# Production: what users reach. Written by `infra init`; every setting: docs/settings.md.\n"
            : "# Staging: rehearses production (its own Vercel project, database and buckets); pull request\n# stacks (pr-<n>) derive from this file. Written by `infra init`; every setting: docs/settings.md.\n");
        text.Append("""
            # Provider credentials are not settings, and never in this file: CI passes each job its own
            # (docs/credentials.md: deploy jobs get write tokens, previews and drift read-only ones, which a
            # token here would override). On a laptop, export VERCEL_API_TOKEN, NEON_API_KEY (an
            # organization API key), CLOUDFLARE_API_TOKEN and SENTRY_TOKEN; AWS: the usual AWS_* environment.

            """);
        text.Append(CultureInfo.InvariantCulture, $"""
            config:
              vercel:team: {a["vercel-team"]}
              aws:region: {a["aws-region"]}
              {p}:app: {a["app"]}
              {p}:domain: {(production ? a["domain"] : "staging." + a["domain"])}
              {p}:tier: {(production ? "production" : "staging")}
              {p}:github:
                repository: {a["repository"]}

            """);
        if (!production)
        {
            text.Append(CultureInfo.InvariantCulture, $"""
                  {p}:vercel:
                    # The team slug, part of the pull requests' preview URLs.
                    scope: {a["vercel-team"]}

                """);
        }

        text.Append(CultureInfo.InvariantCulture, $"""
              {p}:neon:
                # The plan of the Neon organization (checked offline: restore window, scale to zero, sizes).
                plan: {a["neon-plan"]}
                # neon:apiKey is an organization API key: the project is created in its organization.
                apiKeyType: organization
                region: {a["neon-region"]}
              {p}:cloudflare:
                accountId: {a["cloudflare-account"]}
                zoneId: {a["cloudflare-zone"]}
              {p}:sentry:
                organization: {a["sentry-org"]}
              {p}:alerts:
                slackWorkspace: {Quoted(a["slack-workspace"])}
                slackTeamId: {a["slack-team-id"]}

            """);
        text.Append(production
            ? $"""
                    # Where Sentry and the alarms post: one channel for now; give each its own id later.
                    channelIds:
                      p0: {channel}
                      p1: {channel}
                      newIssues: {channel}
                    emails:
                      - {a["alert-email"]}
                  {p}:backups:
                    # The bootstrap stack creates the account's GitHub OIDC provider (it is deployed first).
                    oidcProvider: existing

                """
            : $"""
                    # Staging pages nobody (alerts.page: false): everything goes to the quiet channel.
                    channelIds:
                      quiet: {channel}

                """);
        text.Append(CultureInfo.InvariantCulture, $"""
              # The build's Sentry source-map upload token (org:ci scope). A placeholder until `infra secrets`
              # sets it (or pulumi config set --secret --stack {(production ? "prod" : "staging")} {p}:SENTRY_AUTH_TOKEN <token>).
              {p}:SENTRY_AUTH_TOKEN:
                secure: {InitQuestions.SecretPlaceholder}

            """);
        return text.ToString();
    }

    /// <summary>A free-text value as YAML text: quoted, so that a '#' or ': ' in it stays part of it.</summary>
    private static string Quoted(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
