using System.Globalization;
using System.Text.RegularExpressions;

namespace Infra.Stacks.Settings;

/// <summary>Neon settings of a stack (<c>neon.*</c>).</summary>
public sealed partial record NeonSettings(
    string Region,
    int PgVersion,
    int HistoryRetentionDays,
    double MinCu,
    double MaxCu,
    int SuspendTimeoutSeconds,
    string? OrgId)
{
    private const string SuspendText = "-1 (never suspend), 0 (Neon's default) or seconds from 60 to 604800";

    public static NeonSettings Read(SettingsReader r, bool production)
    {
        var computeUnits = "a Neon compute size, one of " + string.Join(", ", Allowed.ComputeUnits.Order().Select(c => c.ToString(CultureInfo.InvariantCulture)));
        var neon = new NeonSettings(
            r.Text("neon.region", "aws-us-east-1", Allowed.NeonRegions.Contains, Allowed.OneOf(Allowed.NeonRegions)),
            (int)r.WholeNumber("neon.pgVersion", 17, 14, 18),
            (int)r.WholeNumber("neon.historyRetentionDays", production ? 7 : 1, 1, 30),
            r.Number("neon.minCu", 0.25, Allowed.ComputeUnits.Contains, computeUnits),
            r.Number("neon.maxCu", production ? 2 : 1, Allowed.ComputeUnits.Contains, computeUnits),
            (int)r.WholeNumber("neon.suspendTimeoutSeconds", production ? -1 : 300, -1, 604_800, SuspendText),
            r.OptionalText("neon.orgId", NeonOrgId().IsMatch, "a Neon organization id, such as org-cool-breeze-12345678"));

        if (neon.SuspendTimeoutSeconds is > 0 and < 60)
        {
            r.Invalid("neon.suspendTimeoutSeconds", string.Create(CultureInfo.InvariantCulture, $"\"{neon.SuspendTimeoutSeconds}\""), SuspendText);
        }

        if (neon.MinCu > neon.MaxCu)
        {
            r.Fail("neon.minCu", string.Create(CultureInfo.InvariantCulture, $"\"{neon.MinCu}\" is larger than neon.maxCu \"{neon.MaxCu}\"; expected minCu <= maxCu"));
        }

        return neon;
    }

    [GeneratedRegex("^org-[a-z0-9-]{3,60}$")]
    private static partial Regex NeonOrgId();
}
