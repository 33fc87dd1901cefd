using System.Globalization;
using Infra.Stacks.Settings.Catalog;

namespace Infra.Stacks.Settings;

/// <summary>Neon settings of a stack (<c>neon.*</c>).</summary>
/// <param name="HistoryRetentionHours">The restore window (<c>neon.historyRetentionDays</c> or <c>neon.historyRetentionHours</c>).</param>
/// <param name="ComputeId">The project's default compute as <c>&lt;project id&gt;/&lt;endpoint id&gt;</c>, once adopted (<c>neon.computeId</c>).</param>
/// <param name="ProjectId">An existing project to adopt as the stack's (<c>neon.projectId</c>): how a stack moves to a new project.</param>
public sealed record NeonSettings(
    string Region,
    int PgVersion,
    int HistoryRetentionHours,
    double MinCu,
    double MaxCu,
    int SuspendTimeoutSeconds,
    string? OrgId,
    NeonPlan Plan,
    NeonApiKeyType ApiKeyType,
    string? ComputeId,
    string? ProjectId)
{
    /// <summary>The project's name (<c>neon.projectName</c>).</summary>
    public string ProjectName { get; init; } = "";

    public string DatabaseName { get; init; } = "app";

    public string RoleName { get; init; } = "app";

    public const string RetentionDaysKey = "neon.historyRetentionDays";

    public const string RetentionHoursKey = "neon.historyRetentionHours";

    public const string SuspendKey = "neon.suspendTimeoutSeconds";

    private static readonly OrderedDictionary<string, NeonPlan> Plans = new(StringComparer.Ordinal)
    {
        ["free"] = NeonPlan.Free,
        ["launch"] = NeonPlan.Launch,
        ["scale"] = NeonPlan.Scale,
        ["custom"] = NeonPlan.Custom,
    };

    private static readonly OrderedDictionary<string, NeonApiKeyType> KeyTypes = new(StringComparer.Ordinal)
    {
        ["personal"] = NeonApiKeyType.Personal,
        ["organization"] = NeonApiKeyType.Organization,
    };

    /// <param name="protect">Whether the stack protects its data (its default branch is then protected in Neon too).</param>
    /// <param name="enabled">Whether the stack's database is Neon (<c>database.provider</c>): only then is a plan required and checked.</param>
    public static NeonSettings Read(SettingsReader r, bool production, bool protect, bool enabled = true)
    {
        var planName = r.Text(NeonKeys.Plan);
        if (enabled && !r.Has(NeonKeys.Plan))
        {
            r.Missing(NeonKeys.Plan.Key, NeonKeys.Plan.Rule.Text);
        }

        var plan = Plans.GetValueOrDefault(planName, NeonPlan.Custom);
        var (retentionHours, retentionKey) = Retention(r, production, plan);
        var neon = new NeonSettings(
            r.Text(NeonKeys.Region),
            (int)r.WholeNumber(NeonKeys.PgVersion),
            retentionHours,
            r.Number(NeonKeys.MinCu),
            r.Number(NeonKeys.MaxCu),
            (int)r.WholeNumber(NeonKeys.SuspendTimeoutSeconds),
            r.OptionalText(NeonKeys.OrgId),
            plan,
            r.Choice(NeonKeys.ApiKeyType, KeyTypes),
            r.OptionalText(NeonKeys.ComputeId),
            r.OptionalText(NeonKeys.ProjectId))
        {
            ProjectName = r.Text(NeonKeys.ProjectName),
            DatabaseName = r.Text(NeonKeys.DatabaseName),
            RoleName = r.Text(NeonKeys.RoleName),
        };

        if (!enabled)
        {
            return neon;
        }

        if (neon.SuspendTimeoutSeconds is > 0 and < 60)
        {
            r.Invalid(SuspendKey, string.Create(CultureInfo.InvariantCulture, $"\"{neon.SuspendTimeoutSeconds}\""), NeonKeys.SuspendTimeoutSeconds.Rule.Text);
        }

        if (neon.MinCu > neon.MaxCu)
        {
            r.Fail("neon.minCu", string.Create(CultureInfo.InvariantCulture, $"\"{neon.MinCu}\" is larger than neon.maxCu \"{neon.MaxCu}\"; expected minCu <= maxCu"));
        }

        if (neon.ApiKeyType == NeonApiKeyType.Personal && !r.Has(NeonKeys.OrgId))
        {
            r.Missing(NeonKeys.OrgId.Key,
                "the id of the Neon organization that owns the project (org-..., console: Organization settings), because neon.apiKeyType is personal and Neon refuses to create a project with a personal API key and no org_id; or neon.apiKeyType: organization when neon:apiKey is an organization API key");
        }

        if (r.Has(NeonKeys.Plan) && Plans.ContainsKey(planName))
        {
            NeonPlanRules.Check(r, neon, retentionKey, protect);
        }

        return neon;
    }

    /// <summary>
    /// The restore window in hours, from days or hours (not both), and the key it came from. The
    /// default (7 days in production, 1 day elsewhere) is capped at the plan's window.
    /// </summary>
    private static (int Hours, string? Key) Retention(SettingsReader r, bool production, NeonPlan plan)
    {
        // An invalid value is reported by the reader and read as absent: the default applies then.
        var days = r.OptionalWholeNumber(NeonKeys.HistoryRetentionDays) is { } dayValue ? (int?)dayValue : null;
        var hours = r.OptionalWholeNumber(NeonKeys.HistoryRetentionHours) is { } hourValue ? (int?)hourValue : null;
        if (days is not null && hours is not null)
        {
            r.Fail(RetentionHoursKey, $"is set together with {RetentionDaysKey}; expected one of them: remove the other");
        }

        if (hours is { } h)
        {
            return (h, RetentionHoursKey);
        }

        if (days is { } d)
        {
            return (d * 24, RetentionDaysKey);
        }

        var fallback = production ? 7 * 24 : 24;
        return (Math.Min(fallback, NeonPlanLimits.For(plan).MaxRetentionHours ?? fallback), null);
    }
}
