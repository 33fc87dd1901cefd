namespace Infra.Stacks.Settings.Catalog;

/// <summary>The Vercel project (<c>vercel.*</c>).</summary>
public static class VercelKeys
{
    public static Setting ProjectName { get; } = new("vercel.projectName", SettingKind.Text,
        Rules.Like("^[a-z0-9](?:[a-z0-9._-]{0,98}[a-z0-9])?$", "a Vercel project name: lower-case letters, digits, '.', '_' and '-', at most 100"),
        "the Vercel project's name (part of its `*.vercel.app` URLs); renaming it renames the project in place")
    {
        Default = "{resource}",
    };

    public static Setting ProductionBranch { get; } = new("vercel.productionBranch", SettingKind.Text, Branch(), "the branch the project deploys to production")
    {
        Default = "main",
        StagingDefault = "{stack}",
    };

    public static Setting NodeVersion { get; } = new("vercel.nodeVersion", SettingKind.Text, Rules.OneOf(Allowed.NodeVersions),
        "the functions' Node.js version (24 is the current LTS; 20 reached its end of life on 2026-04-30)")
    {
        Default = "24.x",
    };

    public static Setting Regions { get; } = new("vercel.regions", SettingKind.List, Rules.OneOf(Allowed.VercelRegions, "Vercel regions").AtLeast(1),
        "the functions' regions; a YAML list or `iad1,fra1`")
    {
        Default = "iad1",
    };

    public static Setting Scope { get; } = new("vercel.scope", SettingKind.Text, Rules.Like(Allowed.SlugRegex, "the Vercel team slug, as in https://vercel.com/<scope>"),
        "the Vercel team slug, part of preview URLs; required in staging for `pr-<n>` stacks")
    {
        Example = "example-team",
    };

    public static Setting PreviewProtection { get; } = new("vercel.previewProtection", SettingKind.Text, Rules.OneOf(Allowed.PreviewProtections),
        "Vercel authentication: `standard_protection_new` (Standard Protection: everything but the custom domains), `standard_protection` (legacy: leaves the production `*.vercel.app` aliases public), `all_deployments`, `only_preview_deployments`, `none`")
    {
        Default = "standard_protection_new",
    };

    public static Setting Previews { get; } = new("vercel.previews", SettingKind.Boolean, Rules.Boolean,
        "whether the project builds preview deployments; production's does not (previews are staging's, see docs/architecture.md, *Vercel topology*)")
    {
        Default = "false",
        StagingDefault = "true",
    };

    public static Setting SkipBranches { get; } = new("vercel.skipBranches", SettingKind.List, Branch(),
        "branches the project never builds because another stack's project deploys them (its ignored build step exits 0 for them)")
    {
        Default = "",
        StagingDefault = "main",
    };

    public static Setting MaxDurationSeconds { get; } = new("vercel.maxDurationSeconds", SettingKind.WholeNumber, Rules.Between(1, 900),
        "the functions' default maximum duration; a route's own `maxDuration` overrides it")
    {
        Default = "30",
    };

    public static Setting SkewProtection { get; } = new("vercel.skewProtection", SettingKind.Text, Rules.OneOf(Allowed.SkewProtections),
        "how long a client keeps reaching the deployment it loaded (Pro and Enterprise), or `off`")
    {
        Default = "12 hours",
    };

    public static Setting KeepProductionDeployments { get; } = new("vercel.keepDeployments.production", SettingKind.Text, Rules.OneOf(Allowed.DeploymentRetentions),
        "how long production deployments are kept, for Instant Rollback")
    {
        Default = "1y",
    };

    public static Setting KeepPreviewDeployments { get; } = new("vercel.keepDeployments.preview", SettingKind.Text, Rules.OneOf(Allowed.DeploymentRetentions),
        "how long preview deployments are kept")
    {
        Default = "1m",
    };

    public static IReadOnlyList<Setting> All { get; } =
        [ProjectName, ProductionBranch, NodeVersion, Regions, Scope, PreviewProtection, Previews, SkipBranches, MaxDurationSeconds, SkewProtection, KeepProductionDeployments, KeepPreviewDeployments];

    internal static Rule Branch() => Rules.Like(Allowed.BranchRegex, Allowed.BranchText, Allowed.IsBranch);
}
