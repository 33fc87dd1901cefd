using Infra.Stacks.Settings;
using Infra.Stacks.Settings.Catalog;

namespace Infra.Stacks.Cli.Init;

/// <summary>The questions of <c>infra init</c>, in the order they are asked (a default may use earlier answers).</summary>
public static class InitQuestions
{
    /// <summary>A Pulumi project name (Pulumi.yaml <c>name:</c>), which is also the settings' namespace.</summary>
    public static Rule ProjectName { get; } = Rules.Like("^[A-Za-z0-9_.-]{1,100}$", "a project name of letters, digits, '-', '_' or '.', such as shop-infra");

    public static IReadOnlyList<InitQuestion> All { get; } =
    [
        new("app", "The app's name (lower case, used in every resource name), such as shop", CoreKeys.App.Rule),
        new("project", "The Pulumi project name (the settings' namespace; default: <app>-infra)", ProjectName, a => a.TryGetValue("app", out var app) ? app + "-infra" : null),
        new("domain", "The app's production hostname, such as app.example.com (staging gets staging.<domain>)", CoreKeys.Domain.Rule),
        new("repository", "The app's GitHub repository, owner/repo", CoreKeys.Repository.Rule),
        new("vercel-team", "The Vercel team slug (https://vercel.com/<team>)", VercelKeys.Scope.Rule),
        new("neon-plan", "The Neon organization's plan: free, launch, scale or custom", NeonKeys.Plan.Rule, _ => "launch"),
        new("neon-region", "The Neon region", NeonKeys.Region.Rule, _ => NeonKeys.Region.Default),
        new("cloudflare-account", "The Cloudflare account id (dashboard: Account home, the id in the URL; 32 hex digits)", CloudflareKeys.AccountId.Rule),
        new("cloudflare-zone", "The Cloudflare zone id of the domain (the zone's Overview page, API section; 32 hex digits)", CloudflareKeys.ZoneId.Rule),
        new("sentry-org", "The Sentry organization slug", SentryKeys.Organization.Rule),
        new("slack-workspace", "The name of the Sentry organization's Slack integration (the Slack workspace name)", AlertKeys.SlackWorkspace.Rule),
        new("slack-team-id", "The Slack workspace id, T0123ABCD (Slack: Workspace settings, the id in the URL)", AlertKeys.SlackTeamId.Rule),
        new("slack-channel-id", "The id of the Slack channel alerts post to, C0123ABCD (the channel's details, Channel ID); split it per alert later", AlertKeys.ChannelIdP0.Rule),
        new("alert-email", "The email address production pages", AlertKeys.Emails.Rule),
        new("reviewers", "GitHub logins who approve production deployments, comma-separated", BootstrapKeys.Reviewers.Rule),
        new("aws-region", "The AWS region of the backups and the bootstrap roles", BackupKeys.Region.Rule, _ => BackupKeys.Region.Default),
        new("state-backend", "Where Pulumi keeps the state: https://api.pulumi.com (Pulumi Cloud) or a bucket, s3://<bucket>?region=<region>", BootstrapKeys.StateBackendUrl.Rule, _ => PulumiCloud),
        new("secrets-provider", "How stack secrets are encrypted: default (the backend's own: Pulumi Cloud's, or a passphrase for a bucket), passphrase, or awskms://alias/<key>?region=<region> (with a bucket, prefer a KMS key: with a passphrase every job's passphrase also opens the bootstrap stack)",
            Rules.Check(t => t == DefaultSecretsProvider || BootstrapKeys.SecretsProvider.Rule.Valid(t), "default, passphrase or a URL such as awskms://alias/x"), _ => DefaultSecretsProvider),
        new("schemas-repository", "The public GitHub repository, owner/repo, whose provider-schemas/ CI's conformance tests check out (none: set bootstrap.repositoryVariables later; CI's tests fail until then)",
            Rules.Check(t => t == None || CoreKeys.Repository.Rule.Valid(t), "owner/repo, or none"), _ => None),
    ];

    /// <summary>The state backend init assumes unless told: Pulumi Cloud.</summary>
    public const string PulumiCloud = "https://api.pulumi.com";

    /// <summary>The <c>secrets-provider</c> answer that declares none: the backend's default.</summary>
    public const string DefaultSecretsProvider = "default";

    /// <summary>The <c>schemas-repository</c> answer that declares none.</summary>
    public const string None = "none";

    /// <summary>The placeholder every secret starts as (decrypting it fails loudly): what the root stack files use.</summary>
    public const string SecretPlaceholder = "v1:cGxhY2Vob2xkZXI=:UkVQTEFDRS1XSVRILXB1bHVtaS1jb25maWctc2V0LS1zZWNyZXQ=";

    /// <summary>Whether every item of a comma-separated answer keeps the rule.</summary>
    public static bool Valid(InitQuestion question, string value) =>
        question.Option == "reviewers"
            ? value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } items && items.All(question.Rule.Valid)
            : question.Rule.Valid(value);
}
