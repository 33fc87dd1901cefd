using System.Collections.Immutable;
using System.Globalization;
using Infra.Graph;
using Infra.Stacks.Settings.Catalog;

namespace Infra.Stacks.Settings;

/// <summary>
/// Typed, validated access to a stack's raw config. Every problem is collected as one
/// diagnostic naming the key, the value given and what is allowed; nothing is thrown. Keys
/// that no reader asked for are reported as unknown by <see cref="ReportUnknown"/>.
/// </summary>
public sealed class SettingsReader(RawConfig config)
{
    private readonly List<Diagnostic> _errors = [];
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);
    private readonly HashSet<string> _badShapes = new(StringComparer.Ordinal);
    private readonly List<RequiredSecret> _secrets = [];
    private DefaultNames _defaults = new(false, "", "", "", "");

    public IReadOnlyList<Diagnostic> Errors => _errors;

    /// <summary>Every key a setting has read so far (for the settings reference's completeness test).</summary>
    internal IReadOnlyCollection<string> KnownKeys => _known;

    /// <summary>The secret config keys the settings reference, in the order read (what <c>infra secrets</c> sets).</summary>
    public IReadOnlyList<RequiredSecret> Secrets => _secrets;

    /// <summary><c> --stack prod</c> for a stack file's config (<c>Pulumi.prod.yaml</c>), for the commands messages give; empty otherwise.</summary>
    private string StackArgument =>
        config.Source.StartsWith("Pulumi.", StringComparison.Ordinal) && config.Source.EndsWith(".yaml", StringComparison.Ordinal) && config.Source.Length > "Pulumi..yaml".Length
            ? " --stack " + config.Source["Pulumi.".Length..^".yaml".Length]
            : "";

    /// <summary>The key as the user writes it: <c>luma-infra:vercel.regions</c>.</summary>
    public string Key(string path) => config.Namespace + ":" + path;

    private bool Has(string path) => Find(path, report: false) is not null;

    public bool Has(Setting setting) => Has(setting.Key);

    /// <summary>
    /// The names a default may use (<c>{stack}</c>, <c>{app}</c>, <c>{resource}</c>) and the tier whose
    /// defaults apply; set by the parser once it has read them.
    /// </summary>
    public void UseDefaults(bool production, string stack, string app, string resource, string domain = "") =>
        _defaults = new DefaultNames(production, stack, app, resource, domain);

    /// <summary>A text setting: its value, or its default (a required one reports its absence).</summary>
    public string Text(Setting setting) =>
        Read(setting.Key, DefaultText(setting) ?? "", Accept(setting), setting.Rule.Text, required: setting.Required, setting);

    /// <summary>A text setting without a default: null when absent.</summary>
    public string? OptionalText(Setting setting) =>
        Read(setting.Key, DefaultText(setting), t => (setting.Rule.Valid(t), (string?)t), setting.Rule.Text, required: setting.Required, setting);

    public long WholeNumber(Setting setting) => ParseWhole(Text(setting));

    public long? OptionalWholeNumber(Setting setting) => OptionalText(setting) is { } text ? ParseWhole(text) : null;

    public double Number(Setting setting) => double.Parse(Text(setting), NumberStyles.Float, CultureInfo.InvariantCulture);

    public bool Bool(Setting setting) => Text(setting).Equals("true", StringComparison.OrdinalIgnoreCase);

    /// <summary>A setting with a closed set of values, each mapped to what the program uses.</summary>
    public T Choice<T>(Setting setting, IReadOnlyDictionary<string, T> choices) => choices[Text(setting)];

    /// <summary>A list setting; <paramref name="fallback"/> and <paramref name="rule"/> replace the declared ones where they depend on other settings.</summary>
    public ImmutableArray<string> List(Setting setting, ImmutableArray<string>? fallback = null, Rule? rule = null)
    {
        var declared = DefaultText(setting);
        var items = fallback ?? (declared is null or "" ? [] : [.. declared.Split(',')]);
        var check = rule ?? setting.Rule;
        return List(setting.Key, items, check.Valid, check.Text, check.MinItems);
    }

    /// <summary>The raw node of a setting with a structure of its own (marked known).</summary>
    public ConfigNode? Raw(Setting setting) => Raw(setting.Key);

    private static Func<string, (bool Ok, string Value)> Accept(Setting setting) => t => (setting.Rule.Valid(t), t);

    private static long ParseWhole(string text) => long.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    /// <summary>
    /// The setting's default in this stack's tier, with its names filled in (a name that is itself
    /// invalid, an app name already reported, makes an invalid default: the stack fails anyway).
    /// </summary>
    private string? DefaultText(Setting setting) =>
        setting.DefaultFor(_defaults.Production)?
            .Replace("{stack}", _defaults.Stack, StringComparison.Ordinal)
            .Replace("{app}", _defaults.App, StringComparison.Ordinal)
            .Replace("{resource}", _defaults.Resource, StringComparison.Ordinal)
            .Replace("{domain}", _defaults.Domain, StringComparison.Ordinal);

    private sealed record DefaultNames(bool Production, string Stack, string App, string Resource, string Domain);

    /// <summary>A list, given as a YAML/JSON list or as comma-separated text.</summary>
    private ImmutableArray<string> List(string path, ImmutableArray<string> fallback, Func<string, bool> validItem, string allowed, int minCount = 1)
    {
        _known.Add(path);
        var node = Find(path, report: true);
        if (node is null)
        {
            return fallback;
        }

        IEnumerable<ConfigNode> items = node switch
        {
            ConfigList l => l.Items,
            ConfigScalar { Secure: false } s => s.Text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(t => new ConfigScalar(t)),
            _ => [node],
        };
        var values = ImmutableArray.CreateBuilder<string>();
        var index = 0;
        foreach (var item in items)
        {
            if (item is not ConfigScalar { Secure: false } scalar || !validItem(scalar.Text))
            {
                _errors.Add(Diagnostic.Error(SettingsCodes.Invalid, Key(string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]")), Problem(item, allowed, validItem)));
            }
            else
            {
                values.Add(scalar.Text);
            }

            index++;
        }

        if (index < minCount)
        {
            _errors.Add(Diagnostic.Error(SettingsCodes.Invalid, Key(path), string.Create(CultureInfo.InvariantCulture, $"the list has {index} item(s); expected at least {minCount} of {allowed}")));
        }

        return values.Distinct(StringComparer.Ordinal).ToImmutableArray();
    }

    /// <summary>
    /// A secret stack config key the program references (never reads): it must be present and, in a
    /// stack file, encrypted. Its value is never looked at or shown.
    /// </summary>
    public void SecretKey(string key, string purpose)
    {
        _known.Add(key);
        Secret(Key(key), Find(key, report: false), purpose);
    }

    /// <summary>
    /// A secret provider config key (<c>github:token</c>, <c>neon:apiKey</c>): the same checks as
    /// <see cref="SecretKey"/>, outside the project's namespace.
    /// </summary>
    public void ProviderSecretKey(string key, string purpose) =>
        Secret(key, config.ProviderConfig.GetValueOrDefault(key), purpose);

    private void Secret(string fullKey, ConfigNode? node, string purpose)
    {
        _secrets.Add(new RequiredSecret(fullKey, purpose));
        var setCommand = $"set it with: infra secrets, or pulumi config set --secret{StackArgument} {fullKey} <value>";
        switch (node)
        {
            case null:
                _errors.Add(Diagnostic.Error(SettingsCodes.Missing, fullKey, $"secret for {purpose} is missing; {setCommand}"));
                break;
            case ConfigScalar { Secure: false } when config.MarksSecrets:
                _errors.Add(Diagnostic.Error(SettingsCodes.NotEncrypted, fullKey, $"secret for {purpose} is not encrypted in {config.Source}; {setCommand}"));
                break;
            case ConfigScalar:
                break;
            default:
                _errors.Add(Diagnostic.Error(SettingsCodes.WrongShape, fullKey, $"secret for {purpose} must be a single value; {setCommand}"));
                break;
        }
    }

    /// <summary>The raw node at a path (marked known), for settings with a structure of their own.</summary>
    private ConfigNode? Raw(string path)
    {
        _known.Add(path);
        return Find(path, report: true);
    }

    /// <summary>
    /// Marks a key as read without reading it: a key that an invalid setting would have read (a secret
    /// named by a misspelt entry), so that it is not reported as unknown on top of that entry's error.
    /// </summary>
    public void Acknowledge(string key) => _known.Add(key);

    /// <summary>Reports a value the caller found invalid.</summary>
    public void Invalid(string path, string value, string allowed) =>
        _errors.Add(Diagnostic.Error(SettingsCodes.Invalid, Key(path), $"{value} is not allowed; expected {allowed}"));

    /// <summary>Reports every key of ours that no setting reads (a typo, or a setting that does not exist).</summary>
    public void ReportUnknown() => ReportUnknown(config.Root, "");

    /// <summary>A setting that is required in this case is absent.</summary>
    public void Missing(string path, string expected)
    {
        if (!UnderBadShape(path))
        {
            _errors.Add(Diagnostic.Error(SettingsCodes.Missing, Key(path), "required setting is missing; expected " + expected));
        }
    }

    /// <summary>Whether a parent of the path was already reported as the wrong shape: its keys are not missing, it is.</summary>
    private bool UnderBadShape(string path) => _badShapes.Any(b => path.StartsWith(b + ".", StringComparison.Ordinal));

    /// <summary>Adds a problem that involves more than one setting.</summary>
    public void Fail(string path, string message) => _errors.Add(Diagnostic.Error(SettingsCodes.Invalid, Key(path), message));

    private T Read<T>(string path, T fallback, Func<string, (bool Ok, T Value)> parse, string allowed, bool required, Setting? setting = null)
    {
        _known.Add(path);
        var node = Find(path, report: true);
        switch (node)
        {
            case null when required && !UnderBadShape(path):
                _errors.Add(Diagnostic.Error(SettingsCodes.Missing, Key(path), $"required setting is missing; expected {allowed}"));
                return fallback;
            case null:
                return fallback;
            case ConfigScalar { Secure: true }:
                _errors.Add(Diagnostic.Error(SettingsCodes.Invalid, Key(path), "is encrypted (secure:) but is not a secret setting; set it in clear text"));
                return fallback;
            case ConfigScalar scalar:
                var (ok, value) = parse(scalar.Text.Trim());
                if (ok)
                {
                    return value;
                }

                _errors.Add(Diagnostic.Error(SettingsCodes.Invalid, Key(path),
                    Problem(scalar, allowed, t => parse(t).Ok, setting is null ? null : HashExample(setting), "give a value, or remove the key for the default")));
                return fallback;
            default:
                _errors.Add(Diagnostic.Error(SettingsCodes.WrongShape, Key(path), $"{Describe(node)} given; expected {allowed}"));
                return fallback;
        }
    }

    private ConfigNode? Find(string path, bool report)
    {
        ConfigNode current = config.Root;
        var walked = "";
        foreach (var segment in path.Split('.'))
        {
            if (current is not ConfigMap map)
            {
                if (report && _badShapes.Add(walked))
                {
                    _errors.Add(Diagnostic.Error(SettingsCodes.WrongShape, Key(walked), IsEmpty(current)
                        ? $"is empty; expected an object with keys such as '{segment}' (indented below it); remove the key for the defaults"
                        : $"{Describe(current)} given; expected an object with keys such as '{segment}'"));
                }

                return null;
            }

            if (!map.Entries.TryGetValue(segment, out var next))
            {
                return null;
            }

            walked = walked.Length == 0 ? segment : walked + "." + segment;
            current = next;
        }

        return current;
    }

    private void ReportUnknown(ConfigMap map, string prefix)
    {
        foreach (var (name, node) in map.Entries)
        {
            var path = prefix.Length == 0 ? name : prefix + "." + name;
            if (name.Contains('.', StringComparison.Ordinal))
            {
                // `pulumi config set neon.region x` without --path writes the key "neon.region" as is,
                // which no setting reads: the value would be dropped silently.
                _errors.Add(Diagnostic.Error(SettingsCodes.Unknown, Key(path),
                    $"a flat key with a dot, which no setting reads; set it with --path instead (pulumi config set --path {Key(path)} <value>) and remove this one (pulumi config rm {Key(path)})"));
                continue;
            }

            if (_known.Contains(path))
            {
                continue;
            }

            if (_known.Any(k => k.StartsWith(path + ".", StringComparison.Ordinal)))
            {
                if (node is ConfigMap child)
                {
                    ReportUnknown(child, path);
                }

                continue;
            }

            var siblings = _known
                .Where(k => prefix.Length == 0 ? true : k.StartsWith(prefix + ".", StringComparison.Ordinal))
                .Select(k => (prefix.Length == 0 ? k : k[(prefix.Length + 1)..]).Split('.')[0])
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal);
            // An encrypted value no setting references: a secret left behind when its setting went.
            _errors.Add(Diagnostic.Error(SettingsCodes.Unknown, Key(path), node is ConfigScalar { Secure: true } && prefix.Length == 0
                ? $"a secret no setting references (a secret of env.secrets, secrets.passThrough, bootstrap.repositorySecrets or bootstrap.environmentSecrets once listed there, or of bootstrap.ownPassphrase: true); list it where it belongs, or remove it: pulumi config rm{StackArgument} {Key(path)}"
                : "unknown setting; known here: " + string.Join(", ", siblings)));
        }
    }

    /// <summary>
    /// What is wrong with a value the rule refused, as a message: that it is empty (a YAML
    /// <c>key:</c> with nothing, or <c>key: #x</c>, where <c>#</c> starts a comment), with
    /// <paramref name="hashExample"/> the quoting hint for a value that starts with '#'; or that it
    /// is not allowed, with the lower-case value when only its case is wrong.
    /// </summary>
    public static string Problem(ConfigNode node, string allowed, Func<string, bool>? valid = null, string? hashExample = null, string emptyFix = "give a value, or remove the item")
    {
        if (IsEmpty(node))
        {
            return hashExample is null
                ? $"is empty; expected {allowed}; {emptyFix}"
                : $"is empty; expected {allowed}; in YAML an unquoted '#' starts a comment, so quote the value: \"{hashExample}\"";
        }

        var message = $"{Describe(node)} is not allowed; expected {allowed}";
        if (node is ConfigScalar { Secure: false } scalar && valid is not null)
        {
            var text = scalar.Text.Trim();
            var lower = text.ToLowerInvariant();
            if (lower != text && valid(lower))
            {
                message += Allowed.IsHostname(lower)
                    ? $"; DNS names are lower-case here: write {Quote(lower)}"
                    : $"; it is lower-case: write {Quote(lower)}";
            }
        }

        return message;
    }

    /// <summary>Whether a value is empty: YAML's null (<c>key:</c>, <c>key: #comment</c>) or <c>""</c>.</summary>
    public static bool IsEmpty(ConfigNode node) => node is ConfigScalar { Secure: false } s && s.Text.Trim().Length == 0;

    /// <summary>For a setting whose values start with '#' (a Slack channel), a value to show quoted: its default, or its rule's example.</summary>
    private string? HashExample(Setting setting)
    {
        var value = DefaultText(setting) ?? setting.Example;
        if (value is { Length: > 1 } && value.StartsWith('#') && !value.EndsWith('-'))
        {
            return value;
        }

        return setting.Rule.Pattern?.StartsWith("^#", StringComparison.Ordinal) == true ? "#alerts" : null;
    }

    /// <summary>The value as shown in a message; encrypted values are never shown.</summary>
    public static string Describe(ConfigNode node) => node switch
    {
        ConfigScalar { Secure: true } => "an encrypted value",
        ConfigScalar s => Quote(s.Text),
        ConfigList => "a list",
        ConfigMap => "an object",
        _ => "a value",
    };

    private static string Quote(string text) =>
        "\"" + (text.Length > 80 ? text[..77] + "..." : text).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).ReplaceLineEndings("\\n") + "\"";
}
