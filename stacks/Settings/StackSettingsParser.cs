using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using Infra.Graph;

namespace Infra.Stacks.Settings;

/// <summary>
/// Turns a stack's raw config into <see cref="StackSettings"/>, or into every problem found
/// (one diagnostic each), never both. Defaults that depend on the tier are applied here.
/// </summary>
public static partial class StackSettingsParser
{
    private static readonly FrozenDictionary<string, Tier> Tiers = new Dictionary<string, Tier>(StringComparer.Ordinal)
    {
        ["production"] = Tier.Production,
        ["staging"] = Tier.Staging,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static (StackSettings? Settings, IReadOnlyList<Diagnostic> Errors) Parse(string stack, RawConfig config)
    {
        if (config.IsEmpty)
        {
            return (null, [Diagnostic.Error(
                SettingsCodes.NoSettings,
                "stack " + stack,
                $"no settings under '{config.Namespace}:' in {config.Source}; a stack needs at least {config.Namespace}:app, :domain and :github.repository")]);
        }

        var r = new SettingsReader(config);
        var tier = r.Choice("tier", stack == "prod" ? Tier.Production : Tier.Staging, Tiers);
        var production = tier == Tier.Production;

        var app = r.RequiredText("app", Allowed.IsAppName, Allowed.AppNameText);
        var domain = r.RequiredText("domain", Allowed.IsHostname, Allowed.HostnameText);
        var protect = r.Bool("protect", production);
        var logLevel = r.Text("logLevel", "info", Allowed.LogLevels.Contains, Allowed.OneOf(Allowed.LogLevels));

        var github = new GitHubSettings(r.RequiredText("github.repository", Allowed.IsRepository, Allowed.RepositoryText));

        var vercel = new VercelSettings(
            r.Text("vercel.productionBranch", production ? "main" : stack, Allowed.IsBranch, Allowed.BranchText),
            r.Text("vercel.nodeVersion", "20.x", Allowed.NodeVersions.Contains, Allowed.OneOf(Allowed.NodeVersions)),
            r.List("vercel.regions", ["iad1"], Allowed.VercelRegions.Contains, "Vercel regions, " + Allowed.OneOf(Allowed.VercelRegions)),
            r.Text("vercel.previewProtection", "standard_protection", Allowed.PreviewProtections.Contains, Allowed.OneOf(Allowed.PreviewProtections)));

        var computeUnits = "a Neon compute size, one of " + string.Join(", ", Allowed.ComputeUnits.Order().Select(c => c.ToString(CultureInfo.InvariantCulture)));
        var neon = new NeonSettings(
            r.Text("neon.region", "aws-us-east-1", Allowed.NeonRegions.Contains, Allowed.OneOf(Allowed.NeonRegions)),
            (int)r.WholeNumber("neon.pgVersion", 17, 14, 18),
            (int)r.WholeNumber("neon.historyRetentionDays", production ? 7 : 1, 1, 30),
            r.Number("neon.minCu", 0.25, Allowed.ComputeUnits.Contains, computeUnits),
            r.Number("neon.maxCu", production ? 2 : 1, Allowed.ComputeUnits.Contains, computeUnits),
            (int)r.WholeNumber("neon.suspendTimeoutSeconds", production ? -1 : 300, -1, 604_800, "-1 (never suspend), 0 (Neon's default) or seconds from 60 to 604800"),
            r.OptionalText("neon.orgId", IsNeonOrgId, "a Neon organization id, such as org-cool-breeze-12345678"));

        if (neon.SuspendTimeoutSeconds is > 0 and < 60)
        {
            r.Fail("neon.suspendTimeoutSeconds", string.Create(CultureInfo.InvariantCulture, $"\"{neon.SuspendTimeoutSeconds}\" is not allowed; expected -1 (never suspend), 0 (Neon's default) or seconds from 60 to 604800"));
        }

        if (neon.MinCu > neon.MaxCu)
        {
            r.Fail("neon.minCu", string.Create(CultureInfo.InvariantCulture, $"\"{neon.MinCu}\" is larger than neon.maxCu \"{neon.MaxCu}\"; expected minCu <= maxCu"));
        }

        r.ReportUnknown();
        if (r.Errors.Count > 0)
        {
            return (null, r.Errors);
        }

        return (new StackSettings(config.Namespace, stack, tier, app, domain, protect, logLevel, github, vercel, neon), []);
    }

    private static bool IsNeonOrgId(string text) => NeonOrgId().IsMatch(text);

    [GeneratedRegex("^org-[a-z0-9-]{3,60}$")]
    private static partial Regex NeonOrgId();
}
