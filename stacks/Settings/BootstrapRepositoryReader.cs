using System.Collections.Immutable;
using Infra.Stacks.Settings.Catalog;

namespace Infra.Stacks.Settings;

/// <summary>
/// The bootstrap stack's repository-level settings: which repository secrets it writes (those of
/// <c>bootstrap.repositorySecrets</c> and the state backend's) and the plain variables of
/// <c>bootstrap.repositoryVariables</c>, never under a name it writes itself.
/// </summary>
public static class BootstrapRepositoryReader
{
    /// <summary>The repository secrets the bootstrap stack writes itself (from stack outputs): no secret of <c>bootstrap.repositorySecrets</c> may take these names.</summary>
    private static readonly string[] WrittenPrefixes = ["NEON_PREVIEW_API_KEY_", "NEON_PR_API_KEY", "BACKUP_", "RESTORE_"];

    /// <summary>
    /// The secrets the state backend needs in every Pulumi job, decided as the workflows'
    /// <c>.github/actions/pulumi-setup</c> decides: Pulumi Cloud (no URL, or <c>https://</c>) needs its
    /// access token; the passphrase provider (named, or a self-managed backend's default) the passphrase;
    /// an R2 bucket (<c>profile=r2</c>) its keys.
    /// </summary>
    public static IEnumerable<string> StateSecrets(string? backendUrl, string? secretsProvider)
    {
        var cloud = backendUrl is null || backendUrl.StartsWith("https://", StringComparison.Ordinal);
        if (cloud)
        {
            yield return "PULUMI_ACCESS_TOKEN";
        }

        // The passphrase provider: named, or a self-managed backend's default.
        if (secretsProvider == "passphrase" || (secretsProvider is null && !cloud))
        {
            yield return "PULUMI_CONFIG_PASSPHRASE";
        }

        if (backendUrl is null || cloud)
        {
            yield break;
        }

        if (backendUrl.Contains("profile=r2", StringComparison.Ordinal))
        {
            yield return "R2_STATE_ACCESS_KEY_ID";
            yield return "R2_STATE_SECRET_ACCESS_KEY";
        }
    }

    /// <summary>The repository variables the bootstrap stack writes itself: no entry of <c>bootstrap.repositoryVariables</c> may take these names.</summary>
    private static readonly string[] WrittenVariables = ["AWS_DEPLOY_ROLE_ARN", "AWS_READONLY_ROLE_ARN", "PULUMI_BACKEND_URL", "PULUMI_SECRETS_PROVIDER", "BACKUP_", "RESTORE_ROLE_ARN_"];

    public static ImmutableSortedDictionary<string, string> Variables(SettingsReader r)
    {
        var setting = BootstrapKeys.RepositoryVariables;
        var variables = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        switch (r.Raw(setting))
        {
            case null:
                break;
            case ConfigMap map:
                foreach (var (name, node) in map.Entries)
                {
                    var path = setting.Key + "." + name;
                    if (!setting.Rule.Valid(name))
                    {
                        r.Fail(path, $"is not a variable name; expected {setting.Rule.Text}");
                    }
                    else if (WrittenVariables.FirstOrDefault(w => w.EndsWith('_') ? name.StartsWith(w, StringComparison.Ordinal) : name == w) is { } written)
                    {
                        r.Fail(path, $"is a variable the bootstrap stack writes itself ({Pattern(written)}); remove it from bootstrap.repositoryVariables");
                    }
                    else if (node is ConfigScalar { Secure: true })
                    {
                        r.Fail(path, "is encrypted: a repository variable is plain text that every job and log shows; put a secret in bootstrap.repositorySecrets instead");
                    }
                    else if (node is ConfigScalar { Text: var text } && text.Length > 0)
                    {
                        variables[name] = text;
                    }
                    else
                    {
                        r.Invalid(path, SettingsReader.Describe(node), "a text value (GitHub stores no empty variable)");
                    }
                }

                break;
            case var other:
                r.Invalid(setting.Key, SettingsReader.Describe(other), "an object of variable names and values, such as PROVIDER_SCHEMAS_REPOSITORY: acme/provider-schemas");
                break;
        }

        return variables.ToImmutable();
    }

    /// <summary>Reports a repository secret that must not be one (a deploy credential, a name the stack writes itself); true when it did.</summary>
    public static bool SecretConflict(SettingsReader r, string secret, ImmutableArray<string> environmentSecrets)
    {
        var key = BootstrapKeys.RepositorySecrets.Key;
        if (environmentSecrets.Contains(secret) || environmentSecrets.Any(e => BootstrapSettingsParser.EnvironmentNames.Any(n => BootstrapSettingsParser.EnvironmentSecretKey(e, n) == secret)))
        {
            r.Fail(key, $"{secret} is a deploy credential of bootstrap.environmentSecrets: as a repository secret every pull request's jobs could read it; remove it from bootstrap.repositorySecrets");
            return true;
        }
        else if (WrittenPrefixes.FirstOrDefault(p => secret.StartsWith(p, StringComparison.Ordinal)) is { } prefix)
        {
            r.Fail(key, $"{secret} is a name the bootstrap stack writes itself from the app stacks' outputs ({Pattern(prefix)}); remove it from bootstrap.repositorySecrets");
            return true;
        }

        return false;
    }

    /// <summary>A written name as users read it: <c>BACKUP_*</c> for a prefix.</summary>
    private static string Pattern(string name) => name.EndsWith('_') ? name + "*" : name;

    /// <summary>Every secret a state backend may need: acknowledged when the state settings were refused, so none is reported as unreferenced on top.</summary>
    public static IReadOnlyList<string> AllStateSecrets { get; } = ["PULUMI_ACCESS_TOKEN", "PULUMI_CONFIG_PASSPHRASE", "R2_STATE_ACCESS_KEY_ID", "R2_STATE_SECRET_ACCESS_KEY"];
}
