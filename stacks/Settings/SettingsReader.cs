using System.Collections.Immutable;
using System.Globalization;
using Infra.Graph;

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

    public IReadOnlyList<Diagnostic> Errors => _errors;

    /// <summary>Every key a setting has read so far (for the settings reference's completeness test).</summary>
    internal IReadOnlyCollection<string> KnownKeys => _known;

    /// <summary>The key as the user writes it: <c>luma-infra:vercel.regions</c>.</summary>
    public string Key(string path) => config.Namespace + ":" + path;

    public bool Has(string path) => Find(path, report: false) is not null;

    public string Text(string path, string fallback, Func<string, bool> valid, string allowed) =>
        Read(path, fallback, t => (valid(t), t), allowed, required: false);

    public string RequiredText(string path, Func<string, bool> valid, string allowed) =>
        Read(path, "", t => (valid(t), t), allowed, required: true);

    public string? OptionalText(string path, Func<string, bool> valid, string allowed) =>
        Read<string?>(path, null, t => (valid(t), t), allowed, required: false);

    public long WholeNumber(string path, long fallback, long min, long max, string? allowed = null) =>
        Read(path, fallback, t =>
        {
            var ok = long.TryParse(t, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) && v >= min && v <= max;
            return (ok, v);
        }, allowed ?? string.Create(CultureInfo.InvariantCulture, $"a whole number from {min} to {max}"), required: false);

    public long? OptionalWholeNumber(string path, long min, long max) =>
        Has(path) ? WholeNumber(path, 0, min, max) : MarkKnown(path);

    public double Number(string path, double fallback, Func<double, bool> valid, string allowed) =>
        Read(path, fallback, t =>
        {
            var ok = double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) && valid(v);
            return (ok, v);
        }, allowed, required: false);

    public bool Bool(string path, bool fallback) =>
        Read(path, fallback, t => t.ToLowerInvariant() switch
        {
            "true" => (true, true),
            "false" => (true, false),
            _ => (false, false),
        }, "true or false", required: false);

    public T Choice<T>(string path, T fallback, IReadOnlyDictionary<string, T> choices) =>
        Read(path, fallback, t => choices.TryGetValue(t, out var v) ? (true, v) : (false, fallback), "one of " + string.Join(", ", choices.Keys), required: false);

    /// <summary>A list, given as a YAML/JSON list or as comma-separated text.</summary>
    public ImmutableArray<string> List(string path, ImmutableArray<string> fallback, Func<string, bool> validItem, string allowed, int minCount = 1)
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
                Invalid(string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]"), item, allowed);
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
        var setCommand = $"set it with: pulumi config set --secret {Key(key)} <value>";
        switch (Find(key, report: false))
        {
            case null:
                _errors.Add(Diagnostic.Error(SettingsCodes.Missing, Key(key), $"secret for {purpose} is missing; {setCommand}"));
                break;
            case ConfigScalar { Secure: false } when config.MarksSecrets:
                _errors.Add(Diagnostic.Error(SettingsCodes.NotEncrypted, Key(key), $"secret for {purpose} is not encrypted in {config.Source}; {setCommand}"));
                break;
            case ConfigScalar:
                break;
            default:
                _errors.Add(Diagnostic.Error(SettingsCodes.WrongShape, Key(key), $"secret for {purpose} must be a single value; {setCommand}"));
                break;
        }
    }

    private long? MarkKnown(string path)
    {
        _known.Add(path);
        return null;
    }

    /// <summary>The raw node at a path (marked known), for settings with a structure of their own.</summary>
    public ConfigNode? Raw(string path)
    {
        _known.Add(path);
        return Find(path, report: true);
    }

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

    private T Read<T>(string path, T fallback, Func<string, (bool Ok, T Value)> parse, string allowed, bool required)
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

                Invalid(path, scalar, allowed);
                return fallback;
            default:
                _errors.Add(Diagnostic.Error(SettingsCodes.WrongShape, Key(path), $"{Describe(node)} given; expected {allowed}"));
                return fallback;
        }
    }

    private void Invalid(string path, ConfigNode node, string allowed) => Invalid(path, Describe(node), allowed);

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
                    _errors.Add(Diagnostic.Error(SettingsCodes.WrongShape, Key(walked), $"{Describe(current)} given; expected an object with keys such as '{segment}'"));
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
            _errors.Add(Diagnostic.Error(SettingsCodes.Unknown, Key(path), "unknown setting; known here: " + string.Join(", ", siblings)));
        }
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
