using Infra.Graph;
using Infra.Stacks.Settings;
using Infra.Tests.Support;
using Xunit;

namespace Infra.Tests.Settings;

/// <summary>
/// One test per rule of <c>neon.plan</c>, <c>neon.orgId</c> and <c>neon.apiKeyType</c>, on the tests' own
/// project (its prod and staging are on the launch plan with an organization id): each problem is one
/// line naming the key, the value, what the plan allows and the fix.
/// </summary>
public sealed class NeonPlanTests
{
    /// <summary>The fixture's neon block with its plan and organization lines replaced.</summary>
    private static IReadOnlyList<Diagnostic> Errors(string stack, string neonLines) =>
        FixturePrograms.Errors(stack, t => t.Replace("    plan: launch\n    orgId: org-acme-12345678\n", neonLines, StringComparison.Ordinal));

    private static Diagnostic Single(string stack, string neonLines) => Assert.Single(Errors(stack, neonLines));

    [Fact]
    public void The_plan_is_required()
    {
        var d = Single("staging", "    orgId: org-acme-12345678\n");

        Assert.Equal((SettingsCodes.Missing, "acme-infra:neon.plan"), (d.Code, d.Location));
        Assert.Contains("free, launch, scale, or custom", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_plan_is_one_of_neons()
    {
        var d = Single("staging", "    plan: business\n    orgId: org-acme-12345678\n");

        Assert.Equal("acme-infra:neon.plan", d.Location);
        Assert.Contains("\"business\" is not allowed", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void With_a_personal_api_key_the_organization_id_is_required()
    {
        var d = Single("staging", "    plan: launch\n    apiKeyType: personal\n");

        Assert.Equal((SettingsCodes.Missing, "acme-infra:neon.orgId"), (d.Code, d.Location));
        Assert.Contains("neon.apiKeyType: organization", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_personal_api_key_is_the_default()
    {
        Assert.Equal("acme-infra:neon.orgId", Single("staging", "    plan: launch\n").Location);
    }

    [Fact]
    public void With_an_organization_api_key_no_organization_id_is_needed()
    {
        Assert.Empty(Errors("staging", "    plan: launch\n    apiKeyType: organization\n"));
    }

    [Fact]
    public void The_api_key_type_is_personal_or_organization()
    {
        var d = Single("staging", "    plan: launch\n    orgId: org-acme-12345678\n    apiKeyType: project\n");

        Assert.Equal("acme-infra:neon.apiKeyType", d.Location);
        Assert.Contains("personal, organization", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_organization_id_has_neons_form()
    {
        Assert.Equal("acme-infra:neon.orgId", Single("staging", "    plan: launch\n    orgId: acme\n").Location);
    }

    [Fact]
    public void The_restore_window_fits_the_plan()
    {
        var d = Single("prod", "    plan: launch\n    orgId: org-acme-12345678\n    historyRetentionDays: 14\n");

        Assert.Equal("acme-infra:neon.historyRetentionDays", d.Location);
        Assert.Equal("\"14 days\" is longer than the launch plan's restore window of 7 days; expected at most 7 (or neon.plan: scale, up to 30 days)", d.Message);
    }

    [Fact]
    public void On_free_the_restore_window_is_set_in_hours()
    {
        var d = Single("staging", "    plan: free\n    orgId: org-acme-12345678\n    historyRetentionDays: 1\n");

        Assert.Equal("acme-infra:neon.historyRetentionDays", d.Location);
        Assert.Contains("restore window of 6 hours; expected neon.historyRetentionHours from 1 to 6 instead of days", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_window_in_hours_fits_the_plan_too()
    {
        var d = Single("staging", "    plan: free\n    orgId: org-acme-12345678\n    historyRetentionHours: 12\n");

        Assert.Equal("acme-infra:neon.historyRetentionHours", d.Location);
        Assert.Contains("\"12 hours\" is longer than the free plan's restore window of 6 hours; expected at most 6", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_window_is_set_in_days_or_hours_not_both()
    {
        var d = Single("staging", "    plan: launch\n    orgId: org-acme-12345678\n    historyRetentionDays: 1\n    historyRetentionHours: 12\n");

        Assert.Equal("acme-infra:neon.historyRetentionHours", d.Location);
        Assert.Contains("remove the other", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_window_is_capped_at_the_plans()
    {
        var settings = FixturePrograms.Settings("staging", t => t.Replace("    plan: launch\n", "    plan: free\n", StringComparison.Ordinal));

        Assert.Equal(6, settings.Neon.HistoryRetentionHours);
    }

    [Fact]
    public void On_free_a_compute_always_scales_to_zero()
    {
        var d = Single("staging", "    plan: free\n    orgId: org-acme-12345678\n    suspendTimeoutSeconds: -1\n");

        Assert.Equal("acme-infra:neon.suspendTimeoutSeconds", d.Location);
        Assert.StartsWith("\"-1\" (never suspend) is not available on the free plan", d.Message, StringComparison.Ordinal);
        Assert.Contains("expected 0 or 300", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_scale_configures_the_scale_to_zero_threshold()
    {
        var d = Single("staging", "    plan: launch\n    orgId: org-acme-12345678\n    suspendTimeoutSeconds: 600\n");

        Assert.Equal("acme-infra:neon.suspendTimeoutSeconds", d.Location);
        Assert.Equal("\"600\" is not available on the launch plan, whose scale-to-zero threshold is fixed at 5 minutes; expected -1, 0 or 300 (or neon.plan: scale, where it is configurable)", d.Message);
        Assert.Empty(Errors("staging", "    plan: scale\n    orgId: org-acme-12345678\n    suspendTimeoutSeconds: 600\n"));
    }

    [Fact]
    public void On_free_computes_are_at_most_two_cu()
    {
        var d = Single("staging", "    plan: free\n    orgId: org-acme-12345678\n    maxCu: 4\n");

        Assert.Equal("acme-infra:neon.maxCu", d.Location);
        Assert.Contains("largest autoscaling compute, 2 CU; expected at most 2", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Autoscaling_spans_at_most_eight_cu_on_any_plan()
    {
        var d = Single("staging", "    plan: scale\n    orgId: org-acme-12345678\n    minCu: 0.5\n    maxCu: 10\n");

        Assert.Equal("acme-infra:neon.maxCu", d.Location);
        Assert.Contains("9.5 CU above neon.minCu \"0.5\"", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_protected_stack_needs_a_plan_with_protected_branches()
    {
        var errors = Errors("prod", "    plan: free\n    orgId: org-acme-12345678\n    historyRetentionHours: 6\n    suspendTimeoutSeconds: 300\n");

        var d = Assert.Single(errors);
        Assert.Equal("acme-infra:neon.plan", d.Location);
        Assert.Contains("no protected branches", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_custom_plan_is_held_to_the_apis_limits_only()
    {
        Assert.Empty(Errors("prod", "    plan: custom\n    orgId: org-acme-12345678\n    historyRetentionDays: 30\n    suspendTimeoutSeconds: 900\n"));
    }

    [Fact]
    public void Every_plan_problem_is_its_own_line()
    {
        var errors = Errors("prod", "    plan: free\n    orgId: org-acme-12345678\n    historyRetentionDays: 7\n    maxCu: 4\n");

        Assert.Equal(
            ["acme-infra:neon.historyRetentionDays", "acme-infra:neon.suspendTimeoutSeconds", "acme-infra:neon.maxCu", "acme-infra:neon.plan"],
            errors.Select(e => e.Location).ToArray());
        Assert.All(errors, e => Assert.DoesNotContain("\n", e.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public void An_adopted_compute_is_named_project_slash_endpoint()
    {
        var d = Single("staging", "    plan: launch\n    orgId: org-acme-12345678\n    computeId: ep-quiet-lake-12345678\n");

        Assert.Equal("acme-infra:neon.computeId", d.Location);
        Assert.Contains("neonComputeId", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_adopted_project_is_named_by_its_id()
    {
        Assert.Equal("acme-infra:neon.projectId", Single("staging", "    plan: launch\n    orgId: org-acme-12345678\n    projectId: https://console.neon.tech/app/projects/x\n").Location);
    }

    [Fact]
    public void A_value_refused_for_every_plan_is_one_line_not_two()
    {
        Assert.Equal("acme-infra:neon.suspendTimeoutSeconds", Single("staging", "    plan: launch\n    orgId: org-acme-12345678\n    suspendTimeoutSeconds: 30\n").Location);
    }
}
