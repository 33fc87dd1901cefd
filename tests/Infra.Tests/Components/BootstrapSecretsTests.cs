using System.Text.RegularExpressions;
using Infra.Expressions;
using Infra.Graph;
using Infra.Model;
using Infra.Providers.GitHub;
using Infra.Providers.Neon;
using Infra.Stacks.Settings;
using Infra.Tests.Support;
using Infra.Tests.Workflows;
using Xunit;

namespace Infra.Tests.Components;

/// <summary>
/// The secrets the bootstrap stack declares so that nobody pastes a token into the repository's
/// settings: the repository secrets from its own secret config, the state backend's as the
/// workflows' setup checks them, and the project-scoped Neon keys it creates from the deployed
/// stacks' outputs.
/// </summary>
public sealed partial class BootstrapSecretsTests
{
    private const string Placeholder = "    secure: v1:c2FsdA==:Y2lwaGVydGV4dA==\n";

    private static string SecretConfig(params string[] names) => string.Concat(names.Select(n => $"  acme-infra:{n}:\n" + Placeholder));

    private static Dictionary<string, Expr> RepositorySecrets(ProgramGraph program) =>
        program.Resources.OfType<ActionsSecret>().ToDictionary(s => ((StringLit)s.Inputs()["secretName"]!).Value, s => s.Inputs()["value"]!, StringComparer.Ordinal);

    [Fact]
    public void Each_repository_secret_comes_from_the_bootstrap_stacks_secret_config_of_its_name()
    {
        var program = BootstrapFixture.Program(t => t + "    neonStacks: []\n    backupStacks: []\n");

        var secrets = RepositorySecrets(program);
        Assert.Equal(BootstrapSettingsParser.DefaultRepositorySecrets.Order(StringComparer.Ordinal), secrets.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, value) in secrets)
        {
            Assert.Equal(new Ref(name), value);
            Assert.Contains(program.Config, c => c.Name == name && c.Secret);
        }
    }

    [Theory]
    [InlineData("s3://acme-pulumi-state", "awskms://alias/acme-pulumi", "")]
    [InlineData("https://api.pulumi.com", "passphrase", "PULUMI_ACCESS_TOKEN,PULUMI_CONFIG_PASSPHRASE")]
    [InlineData(null, null, "PULUMI_ACCESS_TOKEN")]
    [InlineData("s3://acme-pulumi-state", "passphrase", "PULUMI_CONFIG_PASSPHRASE")]
    [InlineData("s3://acme-state?endpoint=a.r2.cloudflarestorage.com&profile=r2", "awskms://alias/acme-pulumi", "R2_STATE_ACCESS_KEY_ID,R2_STATE_SECRET_ACCESS_KEY")]
    [InlineData("s3://acme-state?endpoint=a.r2.cloudflarestorage.com&profile=r2", "passphrase", "PULUMI_CONFIG_PASSPHRASE,R2_STATE_ACCESS_KEY_ID,R2_STATE_SECRET_ACCESS_KEY")]
    public void The_state_backends_secrets_follow_from_its_settings_as_the_workflows_setup_checks_them(string? backend, string? provider, string expected)
    {
        string[] state = expected.Length == 0 ? [] : expected.Split(',');
        var program = BootstrapFixture.Program(t => Backend(t, backend, provider) + SecretConfig(state));

        var secrets = RepositorySecrets(program);
        Assert.Equal([.. BootstrapSettingsParser.DefaultRepositorySecrets, .. state], secrets.Keys.Where(k => !k.StartsWith("NEON_", StringComparison.Ordinal) && !k.StartsWith("BACKUP_", StringComparison.Ordinal)));

        // Without its secret config, each is one error that says how to set it.
        foreach (var name in state)
        {
            var error = Assert.Single(BootstrapFixture.Errors(t => Backend(t, backend, provider) + SecretConfig([.. state.Where(s => s != name)])));
            Assert.Equal("acme-infra:" + name, error.Location);
            Assert.Contains("infra secrets", error.Message, StringComparison.Ordinal);
        }
    }

    private static string Backend(string text, string? backend, string? provider)
    {
        text = text.Replace("    stateBackendUrl: s3://acme-pulumi-state\n", backend is null ? "" : $"    stateBackendUrl: {backend}\n", StringComparison.Ordinal);
        text = text.Replace("    secretsProvider: awskms://alias/acme-pulumi\n", provider is null ? "" : $"    secretsProvider: {provider}\n", StringComparison.Ordinal);

        // The passphrase provider: the bootstrap stack shares the app stacks' passphrase.
        return provider == "passphrase"
            ? text.Replace("  acme-infra:BOOTSTRAP_CONFIG_PASSPHRASE:\n" + Placeholder, "", StringComparison.Ordinal) + "    ownPassphrase: false\n"
            : text;
    }

    [Fact]
    public void The_bootstrap_stacks_own_passphrase_reaches_only_the_environments_and_cannot_be_had_with_a_passphrase_bucket()
    {
        var program = BootstrapFixture.Program();
        var own = Assert.Single(program.Resources.OfType<ActionsEnvironmentSecret>(), s => s.Inputs()["secretName"] == new StringLit("BOOTSTRAP_CONFIG_PASSPHRASE"));
        Assert.Equal(new Ref("github-production-environment", "environment"), own.Inputs()["environment"]);
        Assert.DoesNotContain(RepositorySecrets(program).Keys, k => k.Contains("PASSPHRASE", StringComparison.Ordinal));

        var error = Assert.Single(BootstrapFixture.Errors(t => t.Replace("    secretsProvider: awskms://alias/acme-pulumi\n", "    secretsProvider: passphrase\n", StringComparison.Ordinal)
            + SecretConfig("PULUMI_CONFIG_PASSPHRASE")));
        Assert.Equal("acme-infra:bootstrap.ownPassphrase", error.Location);
        Assert.Contains("set bootstrap.ownPassphrase: false", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refused_state_setting_leaves_its_secrets_alone()
    {
        var error = Assert.Single(BootstrapFixture.Errors(t => t.Replace("    secretsProvider: awskms://alias/acme-pulumi\n", "    secretsProvider: kms\n", StringComparison.Ordinal)
            + SecretConfig("PULUMI_CONFIG_PASSPHRASE")));

        Assert.Equal("acme-infra:bootstrap.secretsProvider", error.Location);
    }

    [Theory]
    [InlineData("NEON_API_KEY", "deploy credential")]
    [InlineData("SENTRY_TOKEN_PRODUCTION", "deploy credential")]
    [InlineData("NEON_PREVIEW_API_KEY_PROD", "writes itself")]
    [InlineData("NEON_PR_API_KEY", "writes itself")]
    [InlineData("BACKUP_DATABASE_URL_PROD", "writes itself")]
    public void A_deploy_credential_or_a_name_the_stack_writes_itself_is_no_repository_secret(string name, string message)
    {
        var existing = name.EndsWith("_PRODUCTION", StringComparison.Ordinal);
        var error = Assert.Single(BootstrapFixture.Errors(t => t + $"    repositorySecrets: [VERCEL_API_TOKEN, CLOUDFLARE_READ_API_TOKEN, SENTRY_READ_TOKEN, {name}]\n" + (existing ? "" : SecretConfig(name))));

        Assert.Equal("acme-infra:bootstrap.repositorySecrets", error.Location);
        Assert.Contains(name, error.Message, StringComparison.Ordinal);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Repository_variables_are_declared_as_given_and_none_the_stack_writes_itself_or_a_secret()
    {
        var program = BootstrapFixture.Program(t => t + "    repositoryVariables:\n      PROVIDER_SCHEMAS_REPOSITORY: acme/provider-schemas\n      RESTORE_POSTGRES_IMAGE: pgvector/pgvector:pg17\n");

        var variable = program.Get<ActionsVariable>("github-variable-provider-schemas-repository").Inputs();
        Assert.Equal(new StringLit("PROVIDER_SCHEMAS_REPOSITORY"), variable["variableName"]);
        Assert.Equal(new StringLit("acme/provider-schemas"), variable["value"]);
        Assert.Equal(new StringLit("pgvector/pgvector:pg17"), program.Get<ActionsVariable>("github-variable-restore-postgres-image").Inputs()["value"]);

        foreach (var (entry, message) in new[]
        {
            ("      AWS_DEPLOY_ROLE_ARN: x\n", "writes itself"),
            ("      BACKUP_BUCKET_PROD: x\n", "writes itself"),
            ("      TOKEN:\n        secure: v1:abc\n", "bootstrap.repositorySecrets"),
            ("      lower: x\n", "not a variable name"),
        })
        {
            var error = Assert.Single(BootstrapFixture.Errors(t => t + "    repositoryVariables:\n" + entry));
            Assert.StartsWith("acme-infra:bootstrap.repositoryVariables.", error.Location, StringComparison.Ordinal);
            Assert.Contains(message, error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Each_deployed_neon_stack_gets_a_project_scoped_key_for_previews_and_staging_one_more_for_pull_requests()
    {
        var program = BootstrapFixture.Program();
        var secrets = RepositorySecrets(program);

        foreach (var (stack, use, secret) in new[] { ("staging", "preview", "NEON_PREVIEW_API_KEY_STAGING"), ("staging", "pull-requests", "NEON_PR_API_KEY"), ("prod", "preview", "NEON_PREVIEW_API_KEY_PROD") })
        {
            var key = program.Get<OrgApiKey>($"neon-{stack}-{use}-key");
            var reference = program.Get<StackReference>($"backups-{stack}-stack");
            var inputs = key.Inputs();
            Assert.Equal(new StringLit($"acme-infra-{stack}-{use}"), inputs["name"]);
            Assert.Equal(reference.Output("neonOrgId").Ref, inputs["orgId"]);
            Assert.Equal(reference.Output("neonProjectId").Ref, inputs["projectId"]);
            Assert.Equal(key.Key.Ref, secrets[secret]);
        }

        Assert.Equal(3, program.Resources.OfType<OrgApiKey>().Count());
        // One reference per stack, shared with the backups' variables.
        Assert.Equal(2, program.Resources.OfType<StackReference>().Count());
    }

    [Fact]
    public void Only_deployed_stacks_get_keys_and_none_needs_no_neon_api_key()
    {
        var onlyStaging = BootstrapFixture.Program(t => t.Replace("      - prod\n", "", StringComparison.Ordinal));
        Assert.Equal(["neon-staging-preview-key", "neon-staging-pull-requests-key"], onlyStaging.Resources.OfType<OrgApiKey>().Select(k => k.Name).Order(StringComparer.Ordinal));

        var none = BootstrapFixture.Program(t => t.Replace("  neon:apiKey:\n" + Placeholder, "", StringComparison.Ordinal) + "    neonStacks: []\n");
        Assert.Empty(none.Resources.OfType<OrgApiKey>());

        var error = Assert.Single(BootstrapFixture.Errors(t => t.Replace("  neon:apiKey:\n" + Placeholder, "", StringComparison.Ordinal)));
        Assert.Equal("neon:apiKey", error.Location);
        Assert.Contains("bootstrap.neonStacks: []", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_github_token_is_required_encrypted()
    {
        var missing = Assert.Single(BootstrapFixture.Errors(t => t.Replace("  github:token:\n" + Placeholder, "", StringComparison.Ordinal)));
        Assert.Equal("github:token", missing.Location);

        var plain = Assert.Single(BootstrapFixture.Errors(t => t.Replace("  github:token:\n" + Placeholder, "  github:token: ghp_plain\n", StringComparison.Ordinal)));
        Assert.Equal("github:token", plain.Location);
        Assert.DoesNotContain("ghp_plain", plain.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_parser_names_every_secret_it_references_also_when_they_are_missing()
    {
        var (settings, errors) = BootstrapSettingsParser.ParseWithSecrets(BootstrapFixture.Config(t => Regex.Replace(t, "  [a-z-]+:[A-Za-z_]+:\n" + Regex.Escape(Placeholder), "")), out var secrets);

        Assert.Null(settings);
        Assert.Equal(secrets.Count, errors.Count);
        Assert.Equal(
            ["github:token", "acme-infra:NEON_API_KEY_STAGING", "acme-infra:CLOUDFLARE_API_TOKEN_STAGING", "acme-infra:SENTRY_TOKEN_STAGING", "acme-infra:NEON_API_KEY_PRODUCTION", "acme-infra:CLOUDFLARE_API_TOKEN_PRODUCTION", "acme-infra:SENTRY_TOKEN_PRODUCTION",
             "acme-infra:VERCEL_API_TOKEN", "acme-infra:CLOUDFLARE_READ_API_TOKEN", "acme-infra:SENTRY_READ_TOKEN", "neon:apiKey", "acme-infra:BOOTSTRAP_CONFIG_PASSPHRASE"],
            secrets.Select(s => s.Key));
        Assert.Equal(["BOOTSTRAP_GITHUB_TOKEN", "NEON_API_KEY_STAGING", "VERCEL_API_TOKEN", "NEON_API_KEY"], new[] { 0, 1, 7, 10 }.Select(i => secrets[i].EnvironmentVariable("acme-infra")));
    }

    /// <summary>
    /// No step of the setup copies a token into the repository's settings: every secret a workflow
    /// reads outside an environment is one the bootstrap stack declares, under some state backend.
    /// </summary>
    [Fact]
    public void Every_repository_secret_the_workflows_read_is_declared_by_the_bootstrap_stack()
    {
        HashSet<string> declared = new(StringComparer.Ordinal);
        foreach (var (backend, provider, state) in new[]
        {
            ((string?)null, (string?)null, new[] { "PULUMI_ACCESS_TOKEN" }),
            ("s3://acme-state?endpoint=a.r2.cloudflarestorage.com&profile=r2", "passphrase", ["PULUMI_CONFIG_PASSPHRASE", "R2_STATE_ACCESS_KEY_ID", "R2_STATE_SECRET_ACCESS_KEY"]),
        })
        {
            var program = BootstrapFixture.Program(t => Backend(t, backend, provider)
                + "    heartbeatSecrets: true\n    repositorySecrets: [VERCEL_API_TOKEN, CLOUDFLARE_READ_API_TOKEN, SENTRY_READ_TOKEN, BETTERUPTIME_API_TOKEN]\n"
                + SecretConfig([.. state, "BETTERUPTIME_API_TOKEN"]));
            declared.UnionWith(RepositorySecrets(program).Keys);
            declared.UnionWith(program.Resources.OfType<ActionsEnvironmentSecret>().Select(s => ((StringLit)s.Inputs()["secretName"]!).Value));
        }

        foreach (var name in WorkflowFile.Names())
        {
            var workflow = WorkflowFile.Load(name);
            foreach (Match m in SecretReference().Matches(workflow.Text))
            {
                var secret = m.Groups["name"].Success ? m.Groups["name"].Value : m.Groups["format"].Value + "PROD";
                Assert.True(secret == "GITHUB_TOKEN" || declared.Contains(secret), $"{name} reads secrets.{secret}, which the bootstrap stack does not declare: someone would have to set it by hand");
            }
        }
    }

    /// <summary>The secrets the workflows' setup action refuses to run without are the ones the state settings can add.</summary>
    [Fact]
    public void The_state_secrets_are_those_the_setup_action_checks()
    {
        var action = File.ReadAllText(Path.Combine(RepoPaths.Root, ".github", "actions", "pulumi-setup", "action.yml"));
        var checkedThere = CheckedVariable().Matches(action).Select(m => m.Groups[1].Value).Where(v => v != "PULUMI_BACKEND_URL" && v != "PULUMI_SECRETS_PROVIDER").ToHashSet(StringComparer.Ordinal);
        var possible = new[] { (null, null), ("s3://b", "passphrase"), ("s3://b?profile=r2", "awskms://alias/k") }
            .SelectMany(c => BootstrapRepositoryReader.StateSecrets(c.Item1, c.Item2)).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(checkedThere.Order(StringComparer.Ordinal), possible.Order(StringComparer.Ordinal));
    }

    [GeneratedRegex(@"\$\{([A-Z0-9_]+):-\}")]
    private static partial Regex CheckedVariable();

    [GeneratedRegex(@"secrets\.(?<name>[A-Z][A-Z0-9_]*)|secrets\[format\('(?<format>[A-Z_]+_)\{0\}'")]
    private static partial Regex SecretReference();
}
