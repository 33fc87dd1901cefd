namespace Infra.Stacks.Settings;

/// <summary>
/// What a Neon plan allows, from Neon's plans page (neon.com/docs/introduction/plans, the
/// usage-based plans of 2025-08-14) and its Scale to Zero guide: restore window Free 6 hours,
/// Launch 7 days, Scale 30 days; autoscaling up to 2 CU on Free and 16 CU on Launch and Scale;
/// scale to zero fixed at 5 minutes on Free, fixed but possible to disable on Launch, configurable
/// on Scale; protected branches on Launch and Scale. The provider checks none of this
/// (kislerdm/neon 0.15.0 only refuses a negative retention, provider/resource_project.go L113-121):
/// the API refuses it at <c>pulumi up</c>, after the preview passed.
/// </summary>
/// <param name="Name">The plan as written in <c>neon.plan</c>.</param>
/// <param name="MaxRetentionHours">The longest restore window (history retention); null: the API's own 30 days.</param>
/// <param name="CanDisableSuspend">Whether scale to zero can be turned off (<c>-1</c>).</param>
/// <param name="CanConfigureSuspend">Whether the threshold can be other than Neon's 5 minutes.</param>
/// <param name="MaxCu">The largest autoscaling compute size.</param>
/// <param name="ProtectedBranches">Whether branches can be protected.</param>
public sealed record NeonPlanLimits(
    string Name,
    int? MaxRetentionHours,
    bool CanDisableSuspend,
    bool CanConfigureSuspend,
    double MaxCu,
    bool ProtectedBranches)
{
    /// <summary>Neon's fixed scale-to-zero threshold, where it cannot be configured.</summary>
    public const int FixedSuspendSeconds = 300;

    /// <summary>The widest autoscaling range (maximum minus minimum) Neon allows on any plan (neon.com/docs/introduction/autoscaling).</summary>
    public const double MaxAutoscalingSpread = 8;

    public static NeonPlanLimits For(NeonPlan plan) => plan switch
    {
        NeonPlan.Free => new("free", 6, CanDisableSuspend: false, CanConfigureSuspend: false, MaxCu: 2, ProtectedBranches: false),
        NeonPlan.Launch => new("launch", 7 * 24, CanDisableSuspend: true, CanConfigureSuspend: false, MaxCu: 16, ProtectedBranches: true),
        NeonPlan.Scale => new("scale", 30 * 24, CanDisableSuspend: true, CanConfigureSuspend: true, MaxCu: 16, ProtectedBranches: true),
        _ => new("custom", null, CanDisableSuspend: true, CanConfigureSuspend: true, MaxCu: 16, ProtectedBranches: true),
    };

    /// <summary>The plan's restore window in words: "6 hours", "7 days".</summary>
    public string RetentionText => MaxRetentionHours is { } h ? HoursText(h) : "30 days";

    /// <summary>Hours in words, as days when whole.</summary>
    public static string HoursText(int hours) => hours % 24 == 0
        ? (hours / 24).ToString(System.Globalization.CultureInfo.InvariantCulture) + (hours == 24 ? " day" : " days")
        : hours.ToString(System.Globalization.CultureInfo.InvariantCulture) + (hours == 1 ? " hour" : " hours");
}
