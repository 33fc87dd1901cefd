using System.Globalization;
using System.Text.RegularExpressions;

namespace Infra.Stacks.Settings;

/// <summary>Neon settings of a stack (<c>neon.*</c>).</summary>
/// <param name="HistoryRetentionHours">The restore window (<c>neon.historyRetentionDays</c> or <c>neon.historyRetentionHours</c>).</param>
/// <param name="ComputeId">The project's default compute as <c>&lt;project id&gt;/&lt;endpoint id&gt;</c>, once adopted (<c>neon.computeId</c>).</param>
/// <param name="ProjectId">An existing project to adopt as the stack's (<c>neon.projectId</c>): how a stack moves to a new project.</param>
public sealed partial record NeonSettings(
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
    public const string RetentionDaysKey = "neon.historyRetentionDays";

    public const string RetentionHoursKey = "neon.historyRetentionHours";

    public const string SuspendKey = "neon.suspendTimeoutSeconds";

    private const string SuspendText = "-1 (never suspend), 0 (Neon's default) or seconds from 60 to 604800";

    private const string PlanText = "the Neon plan of the organization that owns the project (console: Billing): free, launch, scale, or custom (Enterprise, Agent or a legacy plan: only the API's own limits are checked)";

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
    public static NeonSettings Read(SettingsReader r, bool production, bool protect)
    {
        var computeUnits = "a Neon compute size, one of " + string.Join(", ", Allowed.ComputeUnits.Order().Select(c => c.ToString(CultureInfo.InvariantCulture)));
        var planName = r.RequiredText("neon.plan", Plans.ContainsKey, PlanText);
        var plan = Plans.GetValueOrDefault(planName, NeonPlan.Custom);
        var (retentionHours, retentionKey) = Retention(r, production, plan);
        var neon = new NeonSettings(
            r.Text("neon.region", "aws-us-east-1", Allowed.NeonRegions.Contains, Allowed.OneOf(Allowed.NeonRegions)),
            (int)r.WholeNumber("neon.pgVersion", 17, 14, 18),
            retentionHours,
            r.Number("neon.minCu", 0.25, Allowed.ComputeUnits.Contains, computeUnits),
            r.Number("neon.maxCu", production ? 2 : 1, Allowed.ComputeUnits.Contains, computeUnits),
            (int)r.WholeNumber(SuspendKey, production ? -1 : 300, -1, 604_800, SuspendText),
            r.OptionalText("neon.orgId", NeonOrgId().IsMatch, "a Neon organization id, such as org-cool-breeze-12345678"),
            plan,
            r.Choice("neon.apiKeyType", NeonApiKeyType.Personal, KeyTypes),
            r.OptionalText("neon.computeId", ComputeIdPattern().IsMatch, "the project's default compute as <project id>/<endpoint id>, such as cool-sun-12345678/ep-quiet-lake-12345678 (the stack output neonComputeId)"),
            r.OptionalText("neon.projectId", ProjectIdPattern().IsMatch, "a Neon project id, such as cool-sun-12345678 (the project's Settings page)"));

        if (neon.SuspendTimeoutSeconds is > 0 and < 60)
        {
            r.Invalid(SuspendKey, string.Create(CultureInfo.InvariantCulture, $"\"{neon.SuspendTimeoutSeconds}\""), SuspendText);
        }

        if (neon.MinCu > neon.MaxCu)
        {
            r.Fail("neon.minCu", string.Create(CultureInfo.InvariantCulture, $"\"{neon.MinCu}\" is larger than neon.maxCu \"{neon.MaxCu}\"; expected minCu <= maxCu"));
        }

        if (neon.ApiKeyType == NeonApiKeyType.Personal && !r.Has("neon.orgId"))
        {
            r.Missing("neon.orgId",
                "the id of the Neon organization that owns the project (org-..., console: Organization settings), because neon.apiKeyType is personal and Neon refuses to create a project with a personal API key and no org_id; or neon.apiKeyType: organization when neon:apiKey is an organization API key");
        }

        if (r.Has("neon.plan") && Plans.ContainsKey(planName))
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
        // An invalid value is reported by the reader and read as 0: the default applies then.
        var days = r.OptionalWholeNumber(RetentionDaysKey, 1, 30) is > 0 and var dayValue ? (int?)dayValue : null;
        var hours = r.OptionalWholeNumber(RetentionHoursKey, 1, 720) is > 0 and var hourValue ? (int?)hourValue : null;
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

    [GeneratedRegex("^org-[a-z0-9-]{3,60}$")]
    private static partial Regex NeonOrgId();

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{2,60}/ep-[a-z0-9-]{3,60}$")]
    private static partial Regex ComputeIdPattern();

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{2,60}$")]
    private static partial Regex ProjectIdPattern();
}
