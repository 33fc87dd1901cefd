using System.Collections.Immutable;

namespace Infra.Stacks.Settings;

/// <summary>
/// The settings of the <c>bootstrap</c> stack (<c>Pulumi.bootstrap.yaml</c>): the repository whose
/// delivery it declares, who approves production, which checks protect <c>main</c>, and the state
/// backend the deploy jobs log in to.
/// </summary>
/// <param name="Project">The project name (the settings' namespace).</param>
/// <param name="Repository"><c>owner/repo</c>.</param>
/// <param name="Reviewers">GitHub logins that approve production deployments.</param>
/// <param name="RequiredChecks">Check names a pull request must pass before it merges into <c>main</c>.</param>
/// <param name="CreateOidcProvider">Create the account's GitHub OIDC provider (exactly one stack of the account does), or look it up.</param>
public sealed record BootstrapSettings(string Project, string Repository, ImmutableArray<string> Reviewers, ImmutableArray<string> RequiredChecks, bool CreateOidcProvider)
{
    /// <summary>The repository's owner (the github provider's <c>github:owner</c>).</summary>
    public string Owner => Repository.Split('/')[0];

    /// <summary>The repository's name, as the github provider's resources take it (without the owner).</summary>
    public string RepositoryName => Repository.Split('/')[1];

    /// <summary><c>PULUMI_BACKEND_URL</c> of the deploy jobs; null: not declared.</summary>
    public string? StateBackendUrl { get; init; }

    /// <summary><c>PULUMI_SECRETS_PROVIDER</c> of the deploy jobs; null: not declared.</summary>
    public string? SecretsProvider { get; init; }

    /// <summary>
    /// The stacks whose backups the backup and restore-check workflows run: their role ARNs, bucket and
    /// direct database URL reach the repository's variables and secrets through stack references.
    /// Only those that exist (<see cref="DeployedStacks"/>) are referenced.
    /// </summary>
    public ImmutableArray<string> BackupStacks { get; init; } = [];

    /// <summary>
    /// The deploy credentials that exist only as secrets of the <c>staging</c> and <c>production</c>
    /// environments, from the bootstrap stack's secret config <c>&lt;NAME&gt;_&lt;ENVIRONMENT&gt;</c>.
    /// </summary>
    public ImmutableArray<string> EnvironmentSecrets { get; init; } = [];

    /// <summary>
    /// Whether the backup stacks use the Better Stack backend, whose heartbeat URLs (secret outputs
    /// <c>backupHeartbeatUrl</c>, <c>restoreHeartbeatUrl</c>) the workflows read as secrets too.
    /// </summary>
    public bool HeartbeatSecrets { get; init; }

    /// <summary>
    /// The repository secrets every Pulumi job reads, each from the bootstrap stack's secret config of
    /// the same name: those of <c>bootstrap.repositorySecrets</c> and the state backend's.
    /// </summary>
    public ImmutableArray<string> RepositorySecrets { get; init; } = [];

    /// <summary>
    /// The app stacks whose Neon project gets a project-scoped key for previews and drift
    /// (<c>NEON_PREVIEW_API_KEY_&lt;STACK&gt;</c>; for <c>staging</c> also <c>NEON_PR_API_KEY</c>), once
    /// deployed (<see cref="DeployedStacks"/>).
    /// </summary>
    public ImmutableArray<string> NeonStacks { get; init; } = [];

    /// <summary>The app stacks that exist (<c>bootstrap.deployedStacks</c>, set by the Deploy workflow): only these are referenced.</summary>
    public ImmutableArray<string> DeployedStacks { get; init; } = [];

    /// <summary>Plain repository variables of <c>bootstrap.repositoryVariables</c> (<c>PROVIDER_SCHEMAS_REPOSITORY</c>, ...).</summary>
    public ImmutableSortedDictionary<string, string> RepositoryVariables { get; init; } = ImmutableSortedDictionary<string, string>.Empty;

    /// <summary>
    /// Whether the bootstrap stack is encrypted with a passphrase of its own, which only the
    /// environments' jobs hold (<c>BOOTSTRAP_CONFIG_PASSPHRASE</c>).
    /// </summary>
    public bool OwnPassphrase { get; init; }
}
