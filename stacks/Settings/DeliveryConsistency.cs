using Infra.Components;
using Infra.Graph;
using Infra.Stacks.Settings.Catalog;

namespace Infra.Stacks.Settings;

/// <summary>
/// What the bootstrap stack's settings must agree on with the app stacks' (read together by
/// <c>infra secrets</c>): every read credential a preview or drift of the workflows' stacks needs is a
/// repository secret, none is asked for that no stack uses, a project-scoped Neon key exists exactly
/// for the stacks with a Neon project, and heartbeat secrets exist exactly with the Better Stack backend.
/// One line per disagreement, naming the bootstrap setting and the fix.
/// </summary>
public static class DeliveryConsistency
{
    /// <summary>The stacks the Preview, Drift and Deploy workflows run (<c>.github/workflows</c>).</summary>
    public static IReadOnlyList<string> WorkflowStacks { get; } = ["staging", "prod"];

    public static IReadOnlyList<Diagnostic> Check(BootstrapSettings bootstrap, IReadOnlyList<(string Stack, StackSettings Settings)> apps)
    {
        List<Diagnostic> errors = [];
        var key = (Setting setting) => bootstrap.Project + ":" + setting.Key;
        var byName = apps.ToDictionary(a => a.Stack, a => a.Settings, StringComparer.Ordinal);
        var previewed = apps.Where(a => WorkflowStacks.Contains(a.Stack)).Select(a => a.Settings).ToList();

        foreach (var stack in bootstrap.NeonStacks)
        {
            if (!byName.TryGetValue(stack, out var settings) || settings.ExternalDatabase)
            {
                errors.Add(Diagnostic.Error(SettingsCodes.Invalid, key(BootstrapKeys.NeonStacks),
                    $"{stack} has no Neon project ({(settings is null ? $"no stack file Pulumi.{stack}.yaml here" : "database.provider: external")}), so no key can be limited to it; remove it from bootstrap.neonStacks"));
            }
        }

        foreach (var (stack, settings) in apps.Where(a => WorkflowStacks.Contains(a.Stack) && !a.Settings.ExternalDatabase && !bootstrap.NeonStacks.Contains(a.Stack)))
        {
            errors.Add(Diagnostic.Error(SettingsCodes.Invalid, key(BootstrapKeys.NeonStacks),
                $"lacks {stack}, whose Neon project previews and drift read with a project-scoped key (NEON_PREVIEW_API_KEY_{stack.ToUpperInvariant()}); add it to bootstrap.neonStacks"));
        }

        Credential(errors, bootstrap, key, "VERCEL_API_TOKEN", previewed.Count > 0, "every stack's Vercel project");
        Credential(errors, bootstrap, key, "SENTRY_READ_TOKEN", previewed.Any(s => s.Sentry.Enabled), "the Sentry projects (sentry.enabled)");
        Credential(errors, bootstrap, key, "CLOUDFLARE_READ_API_TOKEN", previewed.Any(s => s.Cloudflare.R2Enabled || !s.Cloudflare.ExternalDns), "the R2 buckets and DNS records (r2.enabled, dns.provider: cloudflare)");
        Credential(errors, bootstrap, key, "BETTERUPTIME_API_TOKEN", previewed.Any(s => s.Uptime.Backend == MonitorBackend.BetterStack && (s.Uptime.Enabled || s.Backups.Enabled)), "the Better Stack monitors (uptime.backend: betterstack)");

        // The backup workflows run every app stack with backups (infra backup-matrix): each needs its variables.
        foreach (var (stack, _) in apps.Where(a => a.Settings.Backups.Enabled && !bootstrap.BackupStacks.Contains(a.Stack)))
        {
            errors.Add(Diagnostic.Error(SettingsCodes.Invalid, key(BootstrapKeys.BackupStacks),
                $"lacks {stack}, whose backups the backup workflows run (infra backup-matrix): its job would find no BACKUP_ROLE_ARN_{stack.ToUpperInvariant().Replace('-', '_')}; add it to bootstrap.backupStacks"));
        }

        foreach (var stack in bootstrap.BackupStacks.Where(s => byName.GetValueOrDefault(s) is not { Backups.Enabled: true }))
        {
            errors.Add(Diagnostic.Error(SettingsCodes.Invalid, key(BootstrapKeys.BackupStacks),
                $"{stack} has no backups ({(byName.ContainsKey(stack) ? "backups.enabled: false" : $"no stack file Pulumi.{stack}.yaml here")}), so its backup outputs do not exist; remove it from bootstrap.backupStacks"));
        }

        // One GitHub OIDC provider per AWS account: a second create fails (EntityAlreadyExists).
        var creators = apps.Where(a => a.Settings.Backups is { Enabled: true, CreateOidcProvider: true }).Select(a => a.Stack).ToList();
        if (creators.Count + (bootstrap.CreateOidcProvider ? 1 : 0) > 1)
        {
            var who = string.Join(" and ", (bootstrap.CreateOidcProvider ? ["the bootstrap stack"] : Array.Empty<string>()).Concat(creators));
            errors.Add(Diagnostic.Error(SettingsCodes.Invalid, bootstrap.CreateOidcProvider ? key(BootstrapKeys.OidcProvider) : $"{bootstrap.Project}:{Catalog.BackupKeys.OidcProvider.Key}",
                $"{who} all create the account's GitHub OIDC provider, which exists once per account (the second create fails); keep one: set backups.oidcProvider: existing in the app stacks (the bootstrap stack, deployed first, creates it)"));
        }

        var backups = bootstrap.BackupStacks.Select(s => byName.GetValueOrDefault(s)).OfType<StackSettings>().Where(s => s.Backups.Enabled).ToList();
        var betterStack = backups.Any(s => s.Uptime.Backend == MonitorBackend.BetterStack);
        if (backups.Count > 0 && betterStack != bootstrap.HeartbeatSecrets)
        {
            errors.Add(Diagnostic.Error(SettingsCodes.Invalid, key(BootstrapKeys.HeartbeatSecrets),
                betterStack
                    ? "is false, but the backup stacks use the Better Stack backend: their heartbeat URLs would never reach the backup workflows; set it to true"
                    : "is true, but no backup stack uses the Better Stack backend: the stack references would ask for outputs that do not exist; set it to false"));
        }

        return errors;
    }

    private static void Credential(List<Diagnostic> errors, BootstrapSettings bootstrap, Func<Setting, string> key, string secret, bool needed, string what)
    {
        var listed = bootstrap.RepositorySecrets.Contains(secret);
        if (needed && !listed)
        {
            errors.Add(Diagnostic.Error(SettingsCodes.Invalid, key(BootstrapKeys.RepositorySecrets),
                $"lacks {secret}: previews and drift of {string.Join(" and ", WorkflowStacks)} read {what} with it; add it to bootstrap.repositorySecrets"));
        }
        else if (!needed && listed)
        {
            errors.Add(Diagnostic.Error(SettingsCodes.Invalid, key(BootstrapKeys.RepositorySecrets),
                $"lists {secret}, but no stack of the workflows uses {what}; remove it from bootstrap.repositorySecrets"));
        }
    }
}
