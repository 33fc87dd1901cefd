using Infra.Components;
using Infra.Expressions;
using Infra.Graph;
using Infra.Model;
using Infra.Policies;
using Infra.Providers.Aws;
using Infra.Providers.GitHub;
using Infra.Providers.Neon;
using Infra.Providers.Std;
using Infra.Stacks.Settings;

namespace Infra.Stacks.Composition;

/// <summary>
/// The <c>bootstrap</c> stack: the repository's delivery setup. The GitHub environments
/// <c>staging</c> and <c>production</c> (deployments from <c>main</c> only; production approved by
/// the reviewers), a deploy role per environment that only that environment's jobs can assume, a
/// read-only role for pull requests and <c>main</c>, the variables that name them, and a ruleset
/// that makes <c>main</c> take changes only through pull requests that passed the checks.
/// </summary>
/// <remarks>
/// The deploy roles carry AWS's <c>AdministratorAccess</c>: whoever runs a job of the environment
/// (after its approval, for production) can change the whole account. Least privilege per resource
/// is future work.
/// </remarks>
public static class BootstrapComposer
{
    public const string AdministratorAccess = "arn:aws:iam::aws:policy/AdministratorAccess";

    public const string ReadOnlyAccess = "arn:aws:iam::aws:policy/ReadOnlyAccess";

    public const string DeployRoleVariable = "AWS_DEPLOY_ROLE_ARN";

    public const string ReadOnlyRoleVariable = "AWS_READONLY_ROLE_ARN";

    /// <summary>The branch every environment deploys from, and the ruleset protects.</summary>
    public const string MainBranch = "main";

    /// <summary>The GitHub environments, and whether each is production.</summary>
    public static IReadOnlyList<(string Name, bool Production)> Environments { get; } =
        [.. BootstrapSettingsParser.EnvironmentNames.Select(n => (n, n == "production"))];

    public static BuildResult Compose(BootstrapSettings s)
    {
        var builder = StackComposer.NewBuilder(s.Project);
        var repository = s.RepositoryName;
        var providerArn = OidcProvider(builder, s);
        var reviewers = ReviewerIds(builder, s);

        var passphrase = s.OwnPassphrase ? builder.AddConfig(new ConfigDeclaration(BootstrapSettingsParser.OwnPassphraseSecret, "string", Secret: true)) : null;
        foreach (var (name, production) in Environments)
        {
            var path = new ComponentPath("github").Child(name);
            var options = production ? ResourceOptions.Protected : ResourceOptions.None;
            var environment = builder.Add(new RepositoryEnvironment(path.Name("environment"), repository, name)
            {
                Reviewers = production ? [new EnvironmentReviewers(reviewers)] : null,
                PreventSelfReview = production ? true : null,
                DeploymentBranchPolicy = new EnvironmentBranchPolicy(ProtectedBranches: false, CustomBranchPolicies: true),
                Options = options,
            });
            var environmentName = new Input<string>(environment.EnvironmentOutput.Ref);
            builder.Add(new RepositoryEnvironmentDeploymentPolicy(path.Name("branch-main"), repository, environmentName, MainBranch) { Options = options });

            var role = Role(builder, new ComponentPath("aws").Child(name).Name("deploy-role"), providerArn,
                [$"repo:{s.Repository}:environment:{name}"], $"{s.Repository} {name} deployments (GitHub environment {name})", AdministratorAccess, options);
            builder.Add(new ActionsEnvironmentVariable(path.Name("deploy-role-arn"), repository, environmentName, DeployRoleVariable, role.Arn) { Options = options });
            builder.AddOutput(name + "DeployRoleArn", role.Arn.Ref);
            // Only production's jobs, after its reviewers approve, can decrypt the bootstrap stack (its own
            // passphrase is their secret): a staging job could otherwise reach production's credentials.
            if (passphrase is not null && production)
            {
                builder.Add(new ActionsEnvironmentSecret(path.Name("secret-" + Slug(BootstrapSettingsParser.OwnPassphraseSecret)), repository, environmentName, BootstrapSettingsParser.OwnPassphraseSecret, new Input<string>(passphrase)) { Options = options });
            }

            foreach (var secret in s.EnvironmentSecrets)
            {
                var value = builder.AddConfig(new ConfigDeclaration(BootstrapSettingsParser.EnvironmentSecretKey(secret, name), "string", Secret: true));
                builder.Add(new ActionsEnvironmentSecret(path.Name("secret-" + Slug(secret)), repository, environmentName, secret, new Input<string>(value)) { Options = options });
            }
        }

        var readOnly = Role(builder, new ComponentPath("aws").Name("readonly-role"), providerArn,
            [$"repo:{s.Repository}:pull_request", $"repo:{s.Repository}:ref:refs/heads/{MainBranch}"],
            $"{s.Repository} previews and drift checks: read only", ReadOnlyAccess, ResourceOptions.None);
        builder.Add(new ActionsVariable(new ComponentPath("github").Name("readonly-role-arn"), repository, ReadOnlyRoleVariable, readOnly.Arn));
        // Previews, drift and pull-request stacks use the state's KMS key, and pull-request stacks keep
        // their own state in an S3 bucket on AWS: nothing else is writable.
        List<Expr> state = [.. new[] { StateKeyPolicy.Decrypt(s.SecretsProvider), PullRequestStatePolicy.Statement(s.StateBackendUrl, s.Project) }.OfType<ObjectExpr>()];
        if (state.Count > 0)
        {
            builder.Add(new IamRolePolicy(new ComponentPath("aws").Name("readonly-role-state"), readOnly.Id, new Input<string>(PolicyDocuments.Statements(state)))
            {
                PolicyName = "state",
            });
        }

        // Repository variables: every Pulumi job reads the backend (previews, drift and pull-request
        // stacks run outside the environments).
        if (s.StateBackendUrl is { } backend)
        {
            builder.Add(new ActionsVariable(new ComponentPath("github").Name("backend-url"), repository, "PULUMI_BACKEND_URL", backend));
        }

        if (s.SecretsProvider is { } secrets)
        {
            builder.Add(new ActionsVariable(new ComponentPath("github").Name("secrets-provider"), repository, "PULUMI_SECRETS_PROVIDER", secrets));
        }
        builder.AddOutput("readOnlyRoleArn", readOnly.Arn.Ref);

        foreach (var (name, value) in s.RepositoryVariables)
        {
            builder.Add(new ActionsVariable(new ComponentPath("github").Name("variable-" + Slug(name)), repository, name, value));
        }

        // The read credentials of every Pulumi job, from the bootstrap stack's own secret config, so
        // that no token is pasted into the repository's settings by hand.
        foreach (var secret in s.RepositorySecrets)
        {
            var value = builder.AddConfig(new ConfigDeclaration(secret, "string", Secret: true));
            builder.Add(new ActionsSecret(new ComponentPath("github").Name("secret-" + Slug(secret)), repository, secret, new Input<string>(value)));
        }

        builder.Add(new RepositoryRuleset(new ComponentPath("github").Name("main-ruleset"), repository, MainBranch, s.RequiredChecks));

        var references = new Dictionary<string, StackReference>(StringComparer.Ordinal);
        foreach (var stack in s.BackupStacks.Where(s.DeployedStacks.Contains))
        {
            BackupVariables(builder, repository, stack, Reference(builder, references, stack), s.HeartbeatSecrets);
        }

        foreach (var stack in s.NeonStacks.Where(s.DeployedStacks.Contains))
        {
            NeonKeys(builder, s, repository, stack, Reference(builder, references, stack));
        }

        return PolicySet.Apply(builder.Build(), new PolicyContext(Production: false, Preview: false));
    }

    /// <summary>
    /// What the backup and restore-check workflows read of one stack, from its outputs through a
    /// stack reference (the stack must be deployed first): the roles and the bucket as variables,
    /// the direct database URL as a secret (<c>BACKUP_*_&lt;STACK&gt;</c>, the workflows' matrix suffix).
    /// </summary>
    private static void BackupVariables(ProgramBuilder builder, Input<string> repository, string stack, StackReference reference, bool heartbeats)
    {
        var path = new ComponentPath("backups").Child(stack);
        var suffix = Suffix(stack);
        builder.Add(new ActionsVariable(path.Name("role-arn"), repository, "BACKUP_ROLE_ARN" + suffix, reference.Output("backupRoleArn")));
        builder.Add(new ActionsVariable(path.Name("bucket"), repository, "BACKUP_BUCKET" + suffix, reference.Output("backupBucket")));
        builder.Add(new ActionsVariable(path.Name("restore-role-arn"), repository, "RESTORE_ROLE_ARN" + suffix, reference.Output("restoreRoleArn")));
        builder.Add(new ActionsSecret(path.Name("database-url"), repository, "BACKUP_DATABASE_URL" + suffix, reference.Output("backupDatabaseUrl")));
        if (heartbeats)
        {
            // Only with the Better Stack backend: its heartbeat URLs are the stack's secret outputs.
            builder.Add(new ActionsSecret(path.Name("backup-heartbeat-url"), repository, "BACKUP_HEARTBEAT_URL" + suffix, reference.Output("backupHeartbeatUrl")));
            builder.Add(new ActionsSecret(path.Name("restore-heartbeat-url"), repository, "RESTORE_HEARTBEAT_URL" + suffix, reference.Output("restoreHeartbeatUrl")));
        }
    }

    /// <summary>
    /// A project-scoped Neon key for one deployed stack's project, from its outputs <c>neonOrgId</c> and
    /// <c>neonProjectId</c>: the repository secret <c>NEON_PREVIEW_API_KEY_&lt;STACK&gt;</c> of previews and
    /// drift, and for the stack pull-request stacks branch from a second one, <c>NEON_PR_API_KEY</c>.
    /// Made with the bootstrap stack's <c>neon:apiKey</c> (an organization key); a project-scoped key
    /// cannot delete its project or reach another one. Names are unique in the organization: the
    /// provider finds a key again by its name (kislerdm/neon 0.15.0 provider/resource_org_api_key.go).
    /// </summary>
    private static void NeonKeys(ProgramBuilder builder, BootstrapSettings s, Input<string> repository, string stack, StackReference reference)
    {
        var path = new ComponentPath("neon").Child(stack);
        List<(string Use, string Secret)> keys = [("preview", "NEON_PREVIEW_API_KEY" + Suffix(stack))];
        if (stack == BootstrapSettingsParser.PullRequestBaseStack)
        {
            keys.Add(("pull-requests", "NEON_PR_API_KEY"));
        }

        foreach (var (use, secret) in keys)
        {
            var key = builder.Add(new OrgApiKey(path.Name(use + "-key"), $"{s.Project}-{stack}-{use}", reference.Output("neonOrgId"))
            {
                ProjectId = reference.Output("neonProjectId"),
            });
            builder.Add(new ActionsSecret(path.Name(use + "-key-secret"), repository, secret, key.Key));
        }
    }

    /// <summary>
    /// One stack reference per app stack, to <c>&lt;organization&gt;/&lt;project&gt;/&lt;stack&gt;</c>, named
    /// <c>backups-&lt;stack&gt;-stack</c> for every use (backups came first: a new name would show in every preview).
    /// </summary>
    private static StackReference Reference(ProgramBuilder builder, Dictionary<string, StackReference> references, string stack)
    {
        if (!references.TryGetValue(stack, out var reference))
        {
            reference = builder.Add(new StackReference(
                new ComponentPath("backups").Child(stack).Name("stack"),
                new Input<string>(Interpolation.Of(new Ref(Ref.PulumiBuiltin, "organization"), "/", new Ref(Ref.PulumiBuiltin, "project"), "/" + stack))));
            references.Add(stack, reference);
        }

        return reference;
    }

    /// <summary>A stack's suffix in secret and variable names: <c>_PROD</c>.</summary>
    private static string Suffix(string stack) => "_" + stack.ToUpperInvariant().Replace('-', '_');

    private static string Slug(string secret) => secret.ToLowerInvariant().Replace('_', '-');

    /// <summary>The account's GitHub OIDC provider: created (protected, kept in the account) or looked up.</summary>
    private static Ref OidcProvider(ProgramBuilder builder, BootstrapSettings s)
    {
        var path = new ComponentPath("aws");
        return s.CreateOidcProvider
            ? builder.Add(new IamOidcProvider(path.Name("github-oidc"), Backups.GitHubOidcUrl, ["sts.amazonaws.com"]) { Options = ResourceOptions.Protected }).Arn.Ref
            : builder.AddVariable(path.Name("github-oidc"), AwsFunctions.OpenIdConnectProviderArn(Backups.GitHubOidcUrl)).Ref;
    }

    /// <summary>The reviewers' numeric ids: <c>getUser</c> returns a string, the environment wants integers.</summary>
    private static List<Input<long>> ReviewerIds(ProgramBuilder builder, BootstrapSettings s)
    {
        List<Input<long>> ids = [];
        foreach (var login in s.Reviewers)
        {
            var path = new ComponentPath("github").Child("reviewer").Child(login);
            var user = builder.AddVariable(path.Name("user-id"), GitHubFunctions.UserId(login));
            ids.Add(new Input<long>(builder.AddVariable(path.Name("id"), StdFunctions.ParseInt(new Input<string>(user.Ref))).Ref));
        }

        return ids;
    }

    private static IamRole Role(ProgramBuilder builder, string name, Ref providerArn, IReadOnlyList<string> subjects, string description, string policyArn, ResourceOptions options)
    {
        var role = builder.Add(new IamRole(name, new Input<string>(PolicyDocuments.GitHubSubjectTrust(providerArn, subjects)))
        {
            Description = description,
            MaxSessionDuration = 3600,
            Options = options,
        });
        builder.Add(new IamRolePolicyAttachment(name + "-policy", role.Id, policyArn) { Options = options });
        return role;
    }
}
