using System.Globalization;

namespace Infra.Stacks.Settings;

/// <summary>
/// The checks of a stack's Neon settings against its plan (<see cref="NeonPlanLimits"/>), one line
/// per problem, before any API call. Each names the key, the value, what the plan allows and the fix.
/// </summary>
public static class NeonPlanRules
{
    /// <param name="retentionKey">The key the restore window was set with, or null when it is the default.</param>
    /// <param name="protect">Whether the stack protects its data, which protects the project's default branch.</param>
    public static void Check(SettingsReader r, NeonSettings neon, string? retentionKey, bool protect)
    {
        var plan = NeonPlanLimits.For(neon.Plan);
        Retention(r, neon, plan, retentionKey);
        Suspend(r, neon, plan);
        ComputeSize(r, neon, plan);
        Spread(r, neon);
        if (protect && !plan.ProtectedBranches)
        {
            r.Fail("neon.plan", $"\"{plan.Name}\" has no protected branches, which this stack needs (protect: true protects the project's default branch); expected launch or scale, or protect: false");
        }
    }

    private static void Retention(SettingsReader r, NeonSettings neon, NeonPlanLimits plan, string? key)
    {
        if (key is null || plan.MaxRetentionHours is not { } max || neon.HistoryRetentionHours <= max)
        {
            return;
        }

        var given = key == NeonSettings.RetentionDaysKey
            ? Text(neon.HistoryRetentionHours / 24) + (neon.HistoryRetentionHours == 24 ? " day" : " days")
            : Text(neon.HistoryRetentionHours) + " hours";
        var expected = key == NeonSettings.RetentionHoursKey
            ? $"at most {Text(max)}"
            : max % 24 == 0
                ? $"at most {Text(max / 24)}"
                : $"{NeonSettings.RetentionHoursKey} from 1 to {Text(max)} instead of days";
        var upgrade = neon.Plan == NeonPlan.Scale ? "" : $" (or neon.plan: {(neon.Plan == NeonPlan.Free ? "launch, up to 7 days" : "scale, up to 30 days")})";
        r.Fail(key, $"\"{given}\" is longer than the {plan.Name} plan's restore window of {plan.RetentionText}; expected {expected}{upgrade}");
    }

    private static void Suspend(SettingsReader r, NeonSettings neon, NeonPlanLimits plan)
    {
        var value = neon.SuspendTimeoutSeconds;
        if (value is > 0 and < 60)
        {
            return; // refused for every plan already (NeonSettings.Read)
        }

        if (value == -1 && !plan.CanDisableSuspend)
        {
            r.Fail(NeonSettings.SuspendKey, $"\"-1\" (never suspend) is not available on the {plan.Name} plan, where computes always scale to zero after 5 minutes; expected 0 or 300 (or neon.plan: launch or scale)");
        }
        else if (value is not (-1 or 0 or NeonPlanLimits.FixedSuspendSeconds) && !plan.CanConfigureSuspend)
        {
            var allowed = plan.CanDisableSuspend ? "-1, 0 or 300" : "0 or 300";
            r.Fail(NeonSettings.SuspendKey, $"\"{Text(value)}\" is not available on the {plan.Name} plan, whose scale-to-zero threshold is fixed at 5 minutes; expected {allowed} (or neon.plan: scale, where it is configurable)");
        }
    }

    private static void ComputeSize(SettingsReader r, NeonSettings neon, NeonPlanLimits plan)
    {
        if (neon.MaxCu > plan.MaxCu)
        {
            r.Fail("neon.maxCu", $"\"{Text(neon.MaxCu)}\" is larger than the {plan.Name} plan's largest autoscaling compute, {Text(plan.MaxCu)} CU; expected at most {Text(plan.MaxCu)} (or neon.plan: launch or scale, up to 16)");
        }
    }

    private static void Spread(SettingsReader r, NeonSettings neon)
    {
        var spread = neon.MaxCu - neon.MinCu;
        if (spread > NeonPlanLimits.MaxAutoscalingSpread)
        {
            r.Fail("neon.maxCu", $"\"{Text(neon.MaxCu)}\" is {Text(spread)} CU above neon.minCu \"{Text(neon.MinCu)}\", and Neon autoscales over at most {Text(NeonPlanLimits.MaxAutoscalingSpread)} CU; expected maxCu - minCu <= 8: raise minCu or lower maxCu");
        }
    }

    private static string Text(double value) => value.ToString(CultureInfo.InvariantCulture);
}
