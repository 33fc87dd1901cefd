using System.Collections.Immutable;
using Infra.Graph;

namespace Infra.Stacks.Settings;

/// <summary>
/// <c>--config key=value</c> pairs laid over a stack's config, as <c>pulumi config set --path</c>
/// would set them: <c>pr.branch=feature/login</c> sets <c>&lt;project&gt;:pr.branch</c>.
/// </summary>
public static class ConfigOverlay
{
    public static (IReadOnlyList<(string Path, string Value)> Pairs, IReadOnlyList<Diagnostic> Errors) Parse(IEnumerable<string> items, string projectNamespace)
    {
        List<(string, string)> pairs = [];
        List<Diagnostic> errors = [];
        foreach (var item in items)
        {
            var equals = item.IndexOf('=', StringComparison.Ordinal);
            var key = equals > 0 ? item[..equals] : "";
            if (key.StartsWith(projectNamespace + ":", StringComparison.Ordinal))
            {
                key = key[(projectNamespace.Length + 1)..];
            }

            if (equals <= 0 || key.Length == 0 || key.Contains(':', StringComparison.Ordinal) || key.Split('.').Any(s => s.Length == 0))
            {
                errors.Add(Diagnostic.Error(SettingsCodes.Syntax, "--config", $"\"{item}\" is not allowed; expected key=value with a key of ours such as pr.branch=feature/login"));
                continue;
            }

            pairs.Add((key, item[(equals + 1)..]));
        }

        return (pairs, errors);
    }

    public static RawConfig Apply(RawConfig config, IEnumerable<(string Path, string Value)> pairs) =>
        pairs.Aggregate(config, (c, pair) => With(c, pair.Path.Split('.'), new ConfigScalar(pair.Value)));

    /// <summary>The config with one node set at a path of segments (a list, an object or a scalar).</summary>
    public static RawConfig With(RawConfig config, IReadOnlyList<string> path, ConfigNode value) =>
        config with { Root = Set(config.Root, [.. path], value) };

    private static ConfigMap Set(ConfigMap map, ReadOnlySpan<string> path, ConfigNode value)
    {
        if (path.Length == 1)
        {
            return new ConfigMap(map.Entries.SetItem(path[0], value));
        }

        var child = map.Entries.GetValueOrDefault(path[0]) as ConfigMap ?? ConfigMap.Empty;
        return new ConfigMap(map.Entries.SetItem(path[0], Set(child, path[1..], value)));
    }
}
