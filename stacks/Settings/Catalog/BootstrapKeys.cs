namespace Infra.Stacks.Settings.Catalog;

/// <summary>The delivery setup's settings (<c>bootstrap.*</c>, in <c>Pulumi.bootstrap.yaml</c> only).</summary>
public static class BootstrapKeys
{
    private const string UrlRegex = @"^[a-z][a-z0-9+]*://\S+$";

    public static Setting Reviewers { get; } = new("bootstrap.reviewers", SettingKind.List,
        Rules.Like("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$", "GitHub logins, such as octocat").AtLeast(1),
        "GitHub logins (at least one) who approve production deployments; the one who triggered a deployment (who merged) cannot approve it, so with one reviewer someone else merges")
    {
        Required = true,
        Example = "octocat",
        Scope = SettingScope.Bootstrap,
    };

    public static Setting RequiredChecks { get; } = new("bootstrap.requiredChecks", SettingKind.List,
        Rules.Check(t => t.Length is > 0 and <= 255 && !t.Any(char.IsControl), "check names of one line, such as Lint workflows").AtLeast(1),
        "check names a pull request must pass to merge into `main` (a job's `name:`; give names with a comma as a YAML list)")
    {
        DefaultDoc = "the jobs of `.github/workflows/ci.yml` and `preview.yml`: " + string.Join(", ", BootstrapSettingsParser.DefaultRequiredChecks.Select(c => $"`{c}`")),
        Scope = SettingScope.Bootstrap,
    };

    public static Setting StateBackendUrl { get; } = new("bootstrap.stateBackendUrl", SettingKind.Text,
        Rules.Like(UrlRegex, "a state backend URL such as s3://bucket or https://api.pulumi.com"),
        "the state backend URL (`s3://bucket`, `https://api.pulumi.com`): the repository variable `PULUMI_BACKEND_URL`, which every Pulumi job reads")
    {
        DefaultDoc = "not declared",
        Example = "s3://example-pulumi-state",
        Scope = SettingScope.Bootstrap,
    };

    public static Setting SecretsProvider { get; } = new("bootstrap.secretsProvider", SettingKind.Text,
        Rules.Like(@"^(?:passphrase|[a-z][a-z0-9+]*://\S+)$", "a secrets provider such as passphrase or awskms://alias/x"),
        "`passphrase` or a URL (`awskms://alias/x`): the repository variable `PULUMI_SECRETS_PROVIDER`")
    {
        DefaultDoc = "not declared",
        Example = "passphrase",
        Scope = SettingScope.Bootstrap,
    };

    public static Setting OidcProvider { get; } = new("bootstrap.oidcProvider", SettingKind.Text, Rules.OneOfInOrder(["create", "existing"]),
        "`create` / `existing`: create the account's GitHub OIDC provider, or look up the existing one. **Exactly one stack of an AWS account creates it**: this one by default, since it is deployed first and its deploy roles trust the provider (the app stacks' backups look it up, `backups.oidcProvider: existing`); give `existing` when the account has one already, made elsewhere")
    {
        Default = "create",
        Scope = SettingScope.Bootstrap,
    };

    public static Setting BackupStacks { get; } = new("bootstrap.backupStacks", SettingKind.List,
        Rules.Like("^[a-z][a-z0-9-]{0,39}$", "stack names such as prod (the stacks of the backup workflow's matrix)"),
        "the stacks the backup and restore-check workflows run for: for each, a stack reference to `<organization>/<project>/<stack>` copies its outputs `backupRoleArn`, `backupBucket`, `restoreRoleArn` into the repository variables `BACKUP_ROLE_ARN_<STACK>`, `BACKUP_BUCKET_<STACK>`, `RESTORE_ROLE_ARN_<STACK>`, and its secret output `backupDatabaseUrl` into the repository secret `BACKUP_DATABASE_URL_<STACK>`. Only the stacks of `bootstrap.deployedStacks` are read (a stack reference to a stack that does not exist fails); `[]` declares none")
    {
        Default = "staging,prod",
        Scope = SettingScope.Bootstrap,
    };

    public static Setting DeployedStacks { get; } = new("bootstrap.deployedStacks", SettingKind.List,
        Rules.Like("^[a-z][a-z0-9-]{0,39}$", "stack names such as prod"),
        "the app stacks that exist, set by the *Deploy* workflow before it updates the bootstrap stack (`.github/scripts/deployed-stacks.sh`; never committed): the stack references of `bootstrap.backupStacks` are declared only for these, so the first bootstrap, from a laptop before any app stack exists, declares none. Set it by hand only to wire backups from a laptop")
    {
        Default = "",
        Scope = SettingScope.Bootstrap,
    };

    public static Setting HeartbeatSecrets { get; } = new("bootstrap.heartbeatSecrets", SettingKind.Boolean, Rules.Boolean,
        "`true` when the backup stacks use the Better Stack backend (`uptime.backend: betterstack`): their secret outputs `backupHeartbeatUrl` and `restoreHeartbeatUrl` become the repository secrets `BACKUP_HEARTBEAT_URL_<STACK>` and `RESTORE_HEARTBEAT_URL_<STACK>` the workflows ping. With the AWS backend those outputs do not exist (the reference would fail): leave it `false`")
    {
        Default = "false",
        Scope = SettingScope.Bootstrap,
    };

    public static Setting EnvironmentSecrets { get; } = new("bootstrap.environmentSecrets", SettingKind.List,
        Rules.Like("^[A-Z][A-Z0-9_]{0,99}$", "GitHub secret names such as NEON_API_KEY (letters, digits, _; not GITHUB_*)", t => !t.StartsWith("GITHUB_", StringComparison.Ordinal)),
        "the deploy credentials that exist only as secrets of the `staging` and `production` environments (only a deploy job from `main` can read them; a pull request that edits a workflow cannot). Each value is the bootstrap stack's secret config `<NAME>_<ENVIRONMENT>` (`NEON_API_KEY_PRODUCTION`, `NEON_API_KEY_STAGING`: `infra secrets` asks for them); a missing or unencrypted one is an error. Previews and drift use read-only or project-scoped credentials instead (docs/credentials.md). `[]` declares none")
    {
        Default = string.Join(",", BootstrapSettingsParser.DefaultEnvironmentSecrets),
        Scope = SettingScope.Bootstrap,
    };

    public static Setting RepositorySecrets { get; } = new("bootstrap.repositorySecrets", SettingKind.List,
        Rules.Like("^[A-Z][A-Z0-9_]{0,99}$", "GitHub secret names such as VERCEL_API_TOKEN (letters, digits, _; not GITHUB_*)", t => !t.StartsWith("GITHUB_", StringComparison.Ordinal)),
        "the repository secrets every Pulumi job reads (previews and drift included, so never a deploy credential of `bootstrap.environmentSecrets`), each from the bootstrap stack's secret config of the same name (`infra secrets` asks for them). The state backend's secrets are added from `bootstrap.stateBackendUrl` and `bootstrap.secretsProvider` as the workflows' `pulumi-setup` checks them: `PULUMI_ACCESS_TOKEN` for Pulumi Cloud (no URL or `https://`), `PULUMI_CONFIG_PASSPHRASE` with the passphrase provider (named, or a bucket's default), `R2_STATE_ACCESS_KEY_ID` and `R2_STATE_SECRET_ACCESS_KEY` for an R2 bucket (`profile=r2`). Add `BETTERUPTIME_API_TOKEN` with the Better Stack backend; drop `SENTRY_READ_TOKEN` or `CLOUDFLARE_READ_API_TOKEN` when no stack uses Sentry or Cloudflare. `[]` declares none")
    {
        Default = string.Join(",", BootstrapSettingsParser.DefaultRepositorySecrets),
        Scope = SettingScope.Bootstrap,
    };

    public static Setting NeonStacks { get; } = new("bootstrap.neonStacks", SettingKind.List,
        Rules.Like("^[a-z][a-z0-9-]{0,39}$", "stack names such as prod (stacks with a Neon project)"),
        "the app stacks whose Neon project gets a project-scoped API key for previews and drift, created by the bootstrap stack (`neon:index/orgApiKey:OrgApiKey` limited to the project of the stack's outputs `neonOrgId` and `neonProjectId`) and set as the repository secret `NEON_PREVIEW_API_KEY_<STACK>`, plus for `staging` (the stack pull-request stacks branch from) a second key, `NEON_PR_API_KEY`, of the *PR stack* workflows; only those of `bootstrap.deployedStacks`. Creating keys needs an organization API key as the bootstrap stack's secret config `neon:apiKey` (`infra secrets` asks for it). `[]` declares none (no stack uses Neon)")
    {
        Default = "staging,prod",
        Scope = SettingScope.Bootstrap,
    };

    public static Setting RepositoryVariables { get; } = new("bootstrap.repositoryVariables", SettingKind.Map,
        Rules.Like("^[A-Z][A-Z0-9_]{0,99}$", "GitHub variable names such as PROVIDER_SCHEMAS_REPOSITORY (letters, digits, _; not GITHUB_*)", t => !t.StartsWith("GITHUB_", StringComparison.Ordinal)),
        "plain repository variables the workflows read, name to value: `PROVIDER_SCHEMAS_REPOSITORY` (a public repository holding `provider-schemas/`, which *CI*'s conformance tests need), `RESTORE_POSTGRES_IMAGE` (the restore check's Postgres image). The variables the bootstrap stack writes itself (`AWS_*_ROLE_ARN`, `PULUMI_BACKEND_URL`, `PULUMI_SECRETS_PROVIDER`, `BACKUP_*`, `RESTORE_ROLE_ARN_*`) are refused here, and so is an encrypted value (a secret belongs in `bootstrap.repositorySecrets`)")
    {
        Example = "PROVIDER_SCHEMAS_REPOSITORY: acme/provider-schemas",
        DefaultDoc = "none",
        ItemSchema = """{ "type": ["string", "number", "boolean"] }""",
        Scope = SettingScope.Bootstrap,
    };

    public static Setting OwnPassphrase { get; } = new("bootstrap.ownPassphrase", SettingKind.Boolean, Rules.Boolean,
        "`true`: the bootstrap stack is encrypted with a passphrase of its own (`BOOTSTRAP_CONFIG_PASSPHRASE`, which `infra secrets` asks for and creates the stack with), that only the jobs of the `production` environment hold, after its reviewers approve (the bootstrap stack sets it as its secret). Its secrets (the repository admin token, the deploy credentials, the Neon organization key) are then out of reach of every job that runs a pull request's code, which can decrypt the app stacks' secrets (docs/credentials.md). Not with the passphrase provider (named, or a bucket's default): the bootstrap stack reads the app stacks' secret outputs with their passphrase, the only one a job can hold; there `false` (and the limit in docs/credentials.md)")
    {
        Default = "true",
        Scope = SettingScope.Bootstrap,
    };

    public static IReadOnlyList<Setting> All { get; } = [Reviewers, RequiredChecks, StateBackendUrl, SecretsProvider, OidcProvider, BackupStacks, DeployedStacks, HeartbeatSecrets, EnvironmentSecrets, RepositorySecrets, NeonStacks, RepositoryVariables, OwnPassphrase];
}
