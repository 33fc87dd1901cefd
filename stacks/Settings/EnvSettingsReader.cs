using System.Collections.Immutable;
using System.Globalization;
using Infra.Components;
using Infra.Stacks.Settings.Catalog;

namespace Infra.Stacks.Settings;

/// <summary>
/// Reads <c>env.*</c>: one line per problem (an unknown catalog name, a value of the wrong shape, a
/// sensitive variable aimed at development or, in production, at previews, two variables of one name).
/// </summary>
public static class EnvSettingsReader
{
    private static readonly OrderedDictionary<string, VercelTarget> TargetNames = new(StringComparer.Ordinal)
    {
        ["production"] = VercelTarget.Production,
        ["preview"] = VercelTarget.Preview,
        ["development"] = VercelTarget.Development,
    };

    private static readonly OrderedDictionary<string, SecretAlphabet> Alphabets = new(StringComparer.Ordinal)
    {
        ["alphanumeric"] = SecretAlphabet.Alphanumeric,
        ["lower-alphanumeric"] = SecretAlphabet.LowerAlphanumeric,
        ["hex"] = SecretAlphabet.Hex,
        ["base64url"] = SecretAlphabet.Base64Url,
        ["printable"] = SecretAlphabet.Printable,
    };

    private const string TargetsText = "a list of production, preview, development";

    /// <param name="production">Production's previews never get a sensitive variable.</param>
    /// <param name="passThrough">Names <c>secrets.passThrough</c> already sends.</param>
    /// <param name="rotation">The default rotation keeper of generated secrets (<c>secrets.rotation</c>).</param>
    public static EnvSettings Read(SettingsReader r, bool production, ImmutableArray<string> passThrough, string rotation)
    {
        var catalog = ReadCatalog(r, production);
        List<AddedVariable> added = [];
        foreach (var (name, node) in Entries(r, EnvKeys.Plain))
        {
            if (Plain(r, name, node) is { } variable)
            {
                added.Add(variable);
            }
        }

        foreach (var (name, node) in Entries(r, EnvKeys.Secrets))
        {
            if (Secret(r, name, node) is { } variable)
            {
                added.Add(variable);
            }
        }

        foreach (var (name, node) in Entries(r, EnvKeys.Generated))
        {
            if (Generated(r, name, node, rotation) is { } variable)
            {
                added.Add(variable);
            }
        }

        foreach (var (name, node) in Entries(r, EnvKeys.Outputs))
        {
            if (Output(r, name, node) is { } variable)
            {
                added.Add(variable);
            }
        }

        foreach (var variable in added)
        {
            CheckTargets(r, Path(variable), variable.Sensitive, variable.Targets, variable.Branch, production);
        }

        var env = new EnvSettings(catalog, [.. added]);
        CheckNames(r, env, passThrough);
        return env;
    }

    private static string Path(AddedVariable v) => v.Source switch
    {
        EnvSource.Plain => EnvKeys.Plain.Key,
        EnvSource.Secret => EnvKeys.Secrets.Key,
        EnvSource.Generated => EnvKeys.Generated.Key,
        _ => EnvKeys.Outputs.Key,
    } + "." + v.Key;

    private static ImmutableSortedDictionary<string, CatalogOverride> ReadCatalog(SettingsReader r, bool production)
    {
        var overrides = ImmutableSortedDictionary.CreateBuilder<string, CatalogOverride>(StringComparer.Ordinal);
        foreach (var (name, node) in Entries(r, EnvKeys.Catalog))
        {
            var path = EnvKeys.Catalog.Key + "." + name;
            var spec = EnvCatalog.All.First(v => v.Key == name);

            CatalogOverride? change = node switch
            {
                ConfigScalar { Secure: false, Text: "off" or "false" } => new CatalogOverride(true, null, []),
                ConfigScalar { Secure: false } s when Allowed.IsEnvKey(s.Text) => new CatalogOverride(false, s.Text, []),
                ConfigMap m when Keys(r, path, m, "name", "targets", "off") => new CatalogOverride(
                    Text(m, "off") is "true",
                    Name(r, path + ".name", m.Entries.GetValueOrDefault("name")),
                    Targets(r, path + ".targets", m.Entries.GetValueOrDefault("targets"))),
                ConfigMap => null,
                _ => Invalid<CatalogOverride>(r, path, node, "off, a new name in UPPER_SNAKE_CASE, or {name, targets}"),
            };
            if (change is null)
            {
                continue;
            }

            if (!change.Targets.IsDefaultOrEmpty)
            {
                CheckTargets(r, path + ".targets", spec.Sensitive, change.Targets, null, production);
            }

            overrides[name] = change;
        }

        return overrides.ToImmutable();
    }

    private static AddedVariable? Plain(SettingsReader r, string name, ConfigNode node)
    {
        var path = EnvKeys.Plain.Key + "." + name;
        return node switch
        {
            ConfigScalar { Secure: true } => Fail(r, path, "is encrypted, so it is a secret: move it to env.secrets (a secret config key) and keep only plain values here"),
            ConfigScalar s => new AddedVariable(name, EnvSource.Plain, s.Text, [], null),
            ConfigMap m when Keys(r, path, m, "value", "targets", "branch") => m.Entries.GetValueOrDefault("value") switch
            {
                ConfigScalar { Secure: true } => Fail(r, path + ".value", "is encrypted, so it is a secret: move it to env.secrets"),
                ConfigScalar v => new AddedVariable(name, EnvSource.Plain, v.Text, Targets(r, path + ".targets", m.Entries.GetValueOrDefault("targets")), Branch(r, path, m)),
                null => Fail(r, path + ".value", "is missing; expected the variable's value"),
                var other => Invalid(r, path + ".value", other, "a single value"),
            },
            ConfigMap => null,
            _ => Invalid(r, path, node, "a value, or {value, targets, branch}"),
        };
    }

    private static AddedVariable? Secret(SettingsReader r, string name, ConfigNode node)
    {
        var path = EnvKeys.Secrets.Key + "." + name;
        var (config, targets, branch) = node switch
        {
            ConfigScalar { Secure: false, Text: "true" } => (name, ImmutableArray<VercelTarget>.Empty, null),
            ConfigScalar { Secure: false } s when Allowed.IsEnvKey(s.Text) => (s.Text, [], null),
            ConfigMap m when Keys(r, path, m, "config", "targets", "branch") => (
                Text(m, "config") is { } key ? Allowed.IsEnvKey(key) ? key : Invalid<string>(r, path + ".config", m.Entries["config"], Allowed.EnvKeyText) : name,
                Targets(r, path + ".targets", m.Entries.GetValueOrDefault("targets")),
                Branch(r, path, m)),
            ConfigMap => ((string?)null, [], null),
            _ => (Invalid<string>(r, path, node, "true (the secret config key of the same name), another secret config key, or {config, targets, branch}"), [], null),
        };
        if (config is null)
        {
            return null;
        }

        r.SecretKey(config, $"the {name} environment variable (env.secrets)");
        return new AddedVariable(name, EnvSource.Secret, config, targets, branch);
    }

    private static AddedVariable? Generated(SettingsReader r, string name, ConfigNode node, string rotation)
    {
        var path = EnvKeys.Generated.Key + "." + name;
        ConfigMap? map = node as ConfigMap;
        if (map is not null && !Keys(r, path, map, "length", "alphabet", "rotation", "targets"))
        {
            return null;
        }

        if (map is null && node is not ConfigScalar { Secure: false })
        {
            return Invalid(r, path, node, "a length, or {length, alphabet, rotation, targets}");
        }

        var lengthText = map is null ? ((ConfigScalar)node).Text : Text(map, "length") ?? "48";
        if (!int.TryParse(lengthText, NumberStyles.None, CultureInfo.InvariantCulture, out var length) || length is < 16 or > 256)
        {
            return Fail(r, map is null ? path : path + ".length", $"\"{lengthText}\" is not allowed; expected a length from 16 to 256");
        }

        var alphabetText = map is null ? "alphanumeric" : Text(map, "alphabet") ?? "alphanumeric";
        if (!Alphabets.TryGetValue(alphabetText, out var alphabet))
        {
            return Fail(r, path + ".alphabet", $"\"{alphabetText}\" is not allowed; expected one of {string.Join(", ", Alphabets.Keys)}");
        }

        var keeper = map is null ? rotation : Text(map, "rotation") ?? rotation;
        if (!Allowed.IsKeeper(keeper))
        {
            return Fail(r, path + ".rotation", $"\"{keeper}\" is not allowed; expected {Allowed.KeeperText}");
        }

        var targets = map is null ? [] : Targets(r, path + ".targets", map.Entries.GetValueOrDefault("targets"));
        return new AddedVariable(name, EnvSource.Generated, "", targets, null)
        {
            Generated = new GeneratedSecret(name, length, alphabet, keeper) { Targets = targets },
        };
    }

    private static AddedVariable? Output(SettingsReader r, string name, ConfigNode node)
    {
        var path = EnvKeys.Outputs.Key + "." + name;
        var outputs = "a stack output, one of " + string.Join(", ", EnvOutputs.All.Keys);
        return node switch
        {
            ConfigScalar { Secure: false } s when EnvOutputs.All.ContainsKey(s.Text) => new AddedVariable(name, EnvSource.Output, s.Text, [], null),
            ConfigMap m when Keys(r, path, m, "output", "targets", "branch") => Text(m, "output") is { } output && EnvOutputs.All.ContainsKey(output)
                ? new AddedVariable(name, EnvSource.Output, output, Targets(r, path + ".targets", m.Entries.GetValueOrDefault("targets")), Branch(r, path, m))
                : Invalid(r, path + ".output", m.Entries.GetValueOrDefault("output") ?? new ConfigScalar(""), outputs),
            ConfigMap => null,
            _ => Invalid(r, path, node, outputs + ", or {output, targets, branch}"),
        };
    }

    /// <summary>Vercel refuses a sensitive variable in development; production's previews never get a sensitive one; a branch scopes previews only.</summary>
    private static void CheckTargets(SettingsReader r, string path, bool sensitive, ImmutableArray<VercelTarget> targets, string? branch, bool production)
    {
        if (sensitive && targets.Contains(VercelTarget.Development))
        {
            r.Fail(path, "is sensitive, and Vercel refuses a sensitive variable in development; expected production and preview only");
        }
        else if (sensitive && production && targets.Contains(VercelTarget.Preview))
        {
            r.Fail(path, "is sensitive, and production's previews never see production credentials (previews are staging's); expected production only");
        }

        if (branch is not null && !(targets.Length == 1 && targets[0] == VercelTarget.Preview))
        {
            r.Fail(path + ".branch", "scopes a variable to a Git branch, which Vercel allows for previews only; expected targets: [preview]");
        }
    }

    /// <summary>Every name the app reads is set once: catalog names (after renames), pass-through and added ones.</summary>
    private static void CheckNames(SettingsReader r, EnvSettings env, ImmutableArray<string> passThrough)
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var spec in EnvCatalog.All)
        {
            if (env.NameOf(spec) is { } name && !owners.TryAdd(name, $"Infra's catalog ({spec.Key})"))
            {
                r.Fail(EnvKeys.Catalog.Key + "." + spec.Key, $"renames {spec.Key} to {name}, which {owners[name]} already sends; expected a name no other variable has");
            }
        }

        foreach (var key in passThrough)
        {
            owners.TryAdd(key, "secrets.passThrough");
        }

        foreach (var variable in env.Added)
        {
            if (!owners.TryAdd(variable.Key, Path(variable)))
            {
                r.Fail(Path(variable), $"is already sent by {owners[variable.Key]}; expected one variable per name (switch a catalog one off with env.catalog.{variable.Key}: off, or rename it)");
            }
        }
    }

    private static IEnumerable<(string Name, ConfigNode Node)> Entries(SettingsReader r, Setting setting)
    {
        switch (r.Raw(setting))
        {
            case null:
                yield break;
            case ConfigMap map:
                foreach (var (name, node) in map.Entries)
                {
                    if (!setting.Rule.Valid(name))
                    {
                        var suggestion = name.ToUpperInvariant().Replace('-', '_');
                        var hint = setting.Rule.Valid(suggestion) ? $"; write {suggestion}" : "";
                        r.Fail(setting.Key + "." + name, setting == EnvKeys.Catalog
                            ? $"is not a variable of Infra's catalog; expected one of {string.Join(", ", EnvCatalog.All.Select(v => v.Key))} (add a variable of your own under env.plain, env.secrets, env.generated or env.outputs)"
                            : $"is not a variable name; expected {setting.Rule.Text}{hint}");
                        if (setting == EnvKeys.Secrets && hint.Length > 0)
                        {
                            // The secret it would read is the stack's, not an unknown setting.
                            r.Acknowledge(suggestion);
                        }

                        continue;
                    }

                    yield return (name, node);
                }

                break;
            case var other:
                r.Invalid(setting.Key, SettingsReader.Describe(other), "an object of variable names, such as EMAIL_FROM: no-reply@example.com");
                break;
        }
    }

    /// <summary>Whether a map has only the allowed keys; reports the first other one.</summary>
    private static bool Keys(SettingsReader r, string path, ConfigMap map, params string[] allowed)
    {
        foreach (var key in map.Entries.Keys.Where(k => !allowed.Contains(k)))
        {
            r.Fail(path + "." + key, $"is not a key here; expected {string.Join(", ", allowed)}");
            return false;
        }

        return true;
    }

    private static ImmutableArray<VercelTarget> Targets(SettingsReader r, string path, ConfigNode? node)
    {
        IEnumerable<ConfigNode> items = node switch
        {
            null => [],
            ConfigList l => l.Items,
            ConfigScalar { Secure: false } s => s.Text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(t => new ConfigScalar(t)),
            _ => [node],
        };
        var targets = ImmutableArray.CreateBuilder<VercelTarget>();
        var given = 0;
        foreach (var item in items)
        {
            given++;
            if (item is ConfigScalar { Secure: false } s && TargetNames.TryGetValue(s.Text, out var target))
            {
                targets.Add(target);
            }
            else
            {
                r.Invalid(path, SettingsReader.Describe(item), TargetsText);
            }
        }

        if (node is not null && given == 0)
        {
            r.Fail(path, "is empty; expected " + TargetsText);
        }

        return [.. targets.Distinct()];
    }

    private static string? Name(SettingsReader r, string path, ConfigNode? node) => node switch
    {
        null => null,
        ConfigScalar { Secure: false } s when Allowed.IsEnvKey(s.Text) => s.Text,
        _ => Invalid<string>(r, path, node, Allowed.EnvKeyText),
    };

    private static string? Branch(SettingsReader r, string path, ConfigMap map) => map.Entries.GetValueOrDefault("branch") switch
    {
        null => null,
        ConfigScalar { Secure: false } s when Allowed.IsBranch(s.Text) => s.Text,
        var other => Invalid<string>(r, path + ".branch", other, Allowed.BranchText),
    };

    private static string? Text(ConfigMap map, string key) => map.Entries.GetValueOrDefault(key) is ConfigScalar { Secure: false } s ? s.Text : null;

    private static AddedVariable? Fail(SettingsReader r, string path, string message)
    {
        r.Fail(path, message);
        return null;
    }

    private static AddedVariable? Invalid(SettingsReader r, string path, ConfigNode node, string allowed) => Invalid<AddedVariable>(r, path, node, allowed);

    private static T? Invalid<T>(SettingsReader r, string path, ConfigNode node, string allowed)
        where T : class
    {
        r.Invalid(path, SettingsReader.Describe(node), allowed);
        return null;
    }
}
