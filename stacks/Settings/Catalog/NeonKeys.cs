using System.Globalization;

namespace Infra.Stacks.Settings.Catalog;

/// <summary>The Neon project (<c>neon.*</c>).</summary>
public static class NeonKeys
{
    private const string SuspendText = "-1 (never suspend), 0 (Neon's default) or seconds from 60 to 604800";

    private static readonly Rule ComputeUnits = new(
        "a Neon compute size, one of " + string.Join(", ", Allowed.ComputeUnits.Select(c => c.ToString(CultureInfo.InvariantCulture))),
        t => double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && Allowed.ComputeUnits.Contains(v))
    {
        Choices = [.. Allowed.ComputeUnits.Select(c => c.ToString(CultureInfo.InvariantCulture))],
    };

    public static Setting ProjectName { get; } = new("neon.projectName", SettingKind.Text,
        Rules.Like("^[A-Za-z0-9][A-Za-z0-9 ._-]{0,63}$", "a Neon project name of letters, digits, ' ', '.', '_' and '-', at most 64"),
        "the Neon project's name")
    {
        Default = "{resource}",
    };

    public static Setting DatabaseName { get; } = new("neon.databaseName", SettingKind.Text, Rules.Like("^[A-Za-z0-9_][A-Za-z0-9_-]{0,62}$", "a database name of letters, digits, '_' and '-', at most 63 (Neon's console makes neondb)"),
        "the app's database in the project's main branch (changing it replaces the project: see *Neon: plan, key and compute*)")
    {
        Default = "app",
    };

    public static Setting RoleName { get; } = new("neon.roleName", SettingKind.Text, Rules.Like("^[A-Za-z0-9_][A-Za-z0-9_-]{0,62}$", "a role name of letters, digits, '_' and '-', at most 63 (Neon's console makes neondb_owner)"),
        "the role that owns the database and that the app connects as (changing it replaces the project)")
    {
        Default = "app",
    };

    public static Setting Region { get; } = new("neon.region", SettingKind.Text, Rules.OneOf(Allowed.NeonRegions), "the Neon region of the project")
    {
        Default = "aws-us-east-1",
    };

    public static Setting PgVersion { get; } = new("neon.pgVersion", SettingKind.WholeNumber, Rules.Between(14, 18), "the Postgres major version (the backup job's `PG_MAJOR` must match)")
    {
        Default = "17",
    };

    public static Setting Plan { get; } = new("neon.plan", SettingKind.Text,
        Rules.OneOfInOrder(["free", "launch", "scale", "custom"]).Saying("the Neon plan of the organization that owns the project (console: Billing): free, launch, scale, or custom (Enterprise, Agent or a legacy plan: only the API's own limits are checked)"),
        "the plan of the Neon organization that owns the project: `free`, `launch`, `scale`, or `custom` (Enterprise, Agent or a legacy plan: only the API's limits are checked); the settings below are checked against it (*Neon: plan, key and compute*)")
    {
        DefaultDoc = "none; **required** with `database.provider: neon`",
        Example = "launch",
    };

    public static Setting ApiKeyType { get; } = new("neon.apiKeyType", SettingKind.Text, Rules.OneOfInOrder(["personal", "organization"]),
        "`organization` (`neon:apiKey` is an organization API key: the project is created in its organization) or `personal` (then `neon.orgId` is required)")
    {
        Default = "personal",
    };

    public static Setting OrgId { get; } = new("neon.orgId", SettingKind.Text, Rules.Like("^org-[a-z0-9-]{3,60}$", "a Neon organization id, such as org-cool-breeze-12345678"),
        "a Neon organization id, `org-...` (console: *Organization settings*)")
    {
        DefaultDoc = "none; **required** with `apiKeyType: personal`",
        Example = "org-cool-breeze-12345678",
    };

    public static Setting HistoryRetentionDays { get; } = new("neon.historyRetentionDays", SettingKind.WholeNumber, Rules.Between(1, 30),
        "the restore window in days, at most the plan's (Launch 7, Scale 30; Free has 6 hours: use `historyRetentionHours`)")
    {
        DefaultDoc = "`7` / `1`, at most the plan's window",
        Example = "1",
    };

    public static Setting HistoryRetentionHours { get; } = new("neon.historyRetentionHours", SettingKind.WholeNumber, Rules.Between(1, 720),
        "the restore window in hours instead of days (not both); Free at most 6")
    {
        Example = "6",
    };

    public static Setting MinCu { get; } = new("neon.minCu", SettingKind.Number, ComputeUnits, "the smallest autoscaling size: a Neon compute size, 0.25, 0.5, 1 to 16")
    {
        Default = "0.25",
    };

    public static Setting MaxCu { get; } = new("neon.maxCu", SettingKind.Number, ComputeUnits, "the largest autoscaling size: as `minCu`, at least `minCu` and at most 8 above it; Free at most 2")
    {
        Default = "2",
        StagingDefault = "1",
    };

    public static Setting SuspendTimeoutSeconds { get; } = new("neon.suspendTimeoutSeconds", SettingKind.WholeNumber, Rules.Between(-1, 604_800, SuspendText),
        "`-1` (never suspend), `0` (Neon's default), 60 to 604800; Free `0` or `300`, Launch `-1`, `0` or `300`")
    {
        Default = "-1",
        StagingDefault = "300",
    };

    public static Setting ComputeId { get; } = new("neon.computeId", SettingKind.Text,
        Rules.Like("^[a-z0-9][a-z0-9-]{2,60}/ep-[a-z0-9-]{3,60}$", "the project's default compute as <project id>/<endpoint id>, such as cool-sun-12345678/ep-quiet-lake-12345678 (the stack output neonComputeId)"),
        "the project's default compute, `<project id>/<endpoint id>` (the stack output `neonComputeId`): `infra adopt-compute <stack>` sets it after the project's first `up`, so that compute settings reach the running compute")
    {
        Example = "cool-sun-12345678/ep-quiet-lake-12345678",
    };

    public static Setting ProjectId { get; } = new("neon.projectId", SettingKind.Text,
        Rules.Like("^[a-z0-9][a-z0-9-]{2,60}$", "a Neon project id, such as cool-sun-12345678 (the project's Settings page)"),
        "an existing Neon project id (`cool-sun-12345678`) to adopt as the stack's project: how a stack moves to a new project without a replacement (docs/runbooks/database-migration.md, *Moving to a new Neon project*)")
    {
        Example = "cool-sun-12345678",
    };

    public static IReadOnlyList<Setting> All { get; } =
        [ProjectName, DatabaseName, RoleName, Region, PgVersion, Plan, ApiKeyType, OrgId, HistoryRetentionDays, HistoryRetentionHours, MinCu, MaxCu, SuspendTimeoutSeconds, ComputeId, ProjectId];
}
