using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Infra.Stacks.Settings;

/// <summary>The allowed values and shapes of settings, with the text that says so in messages.</summary>
public static partial class Allowed
{
    /// <summary>Vercel function regions (https://vercel.com/docs/edge-network/regions).</summary>
    public static FrozenSet<string> VercelRegions { get; } = FrozenSet.Create(StringComparer.Ordinal,
        "arn1", "bom1", "cdg1", "cle1", "cpt1", "dub1", "dxb1", "fra1", "gru1", "hkg1", "hnd1", "iad1", "icn1", "kix1", "lhr1", "pdx1", "sfo1", "sin1", "syd1");

    /// <summary>Neon region ids.</summary>
    public static FrozenSet<string> NeonRegions { get; } = FrozenSet.Create(StringComparer.Ordinal,
        "aws-us-east-1", "aws-us-east-2", "aws-us-west-2", "aws-eu-central-1", "aws-eu-west-2", "aws-ap-southeast-1", "aws-ap-southeast-2", "aws-sa-east-1",
        "azure-eastus2", "azure-westus3", "azure-gwc");

    public static FrozenSet<string> NodeVersions { get; } = FrozenSet.Create(StringComparer.Ordinal, "18.x", "20.x", "22.x", "24.x");

    /// <summary>Vercel authentication deployment types of the provider.</summary>
    public static FrozenSet<string> PreviewProtections { get; } = FrozenSet.Create(StringComparer.Ordinal,
        "standard_protection_new", "standard_protection", "all_deployments", "only_preview_deployments", "none");

    /// <summary>Neon compute sizes usable for autoscaling limits.</summary>
    public static FrozenSet<double> ComputeUnits { get; } = FrozenSet.Create(
        0.25, 0.5, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16);

    public static FrozenSet<string> LogLevels { get; } = FrozenSet.Create(StringComparer.Ordinal, "trace", "debug", "info", "warn", "error", "fatal");

    public static string OneOf(IEnumerable<string> values) => "one of " + string.Join(", ", values.Order(StringComparer.Ordinal));

    public const string HostnameText = "a hostname without scheme, path or port, such as learn.example.com";

    /// <summary>A DNS name: at least two labels of letters, digits and inner hyphens; no scheme, path, port or trailing dot.</summary>
    public static bool IsHostname(string text) => text.Length <= 253 && HostnamePattern().IsMatch(text);

    public const string RepositoryText = "a GitHub repository as owner/repo, such as example/luma";

    public static bool IsRepository(string text) => RepositoryPattern().IsMatch(text);

    public const string AppNameText = "a lower-case name of letters, digits and hyphens, starting with a letter, at most 40 characters, such as luma";

    public static bool IsAppName(string text) => text.Length <= 40 && AppNamePattern().IsMatch(text);

    public const string BranchText = "a Git branch name, such as main";

    /// <summary>A Git branch name as git check-ref-format allows it (the common subset).</summary>
    public static bool IsBranch(string text) =>
        text.Length is > 0 and <= 200 && BranchPattern().IsMatch(text) && !text.Contains("..", StringComparison.Ordinal)
        && !text.EndsWith('/') && !text.EndsWith(".lock", StringComparison.Ordinal) && !text.StartsWith('/');

    [GeneratedRegex(@"^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$")]
    private static partial Regex HostnamePattern();

    [GeneratedRegex(@"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]{1,100}$")]
    private static partial Regex RepositoryPattern();

    [GeneratedRegex("^[a-z][a-z0-9-]*[a-z0-9]$")]
    private static partial Regex AppNamePattern();

    [GeneratedRegex(@"^[A-Za-z0-9._/-]+$")]
    private static partial Regex BranchPattern();
}
