using Infra.Diff;
using Infra.Tests.Support;
using Infra.Writer;
using Xunit;

namespace Infra.Tests.Diff;

/// <summary>
/// Changes that do not do what they say, found by comparing two programs of the tests' own project: a
/// setting that makes the Neon provider replace the project (ForceNew) and a compute setting that the
/// program ignores until the compute is adopted.
/// </summary>
public sealed class ChangeRiskTests
{
    private const string OrgLine = "    orgId: org-acme-12345678\n";

    private static ProgramTree Tree(string stack, string neonLines = "", Func<string, string>? edit = null)
    {
        var settings = FixturePrograms.Settings(stack, t => (edit ?? (x => x))(t.Replace(OrgLine, OrgLine + neonLines, StringComparison.Ordinal)));
        return ProgramTree.Parse(PulumiYamlWriter.Write(FixturePrograms.Program(settings))).Tree!;
    }

    private static System.Collections.Immutable.ImmutableArray<ChangeRisk> Risks(string stack, string before, string after) =>
        ChangeRisks.Find(ProgramDiff.Compare(Tree(stack, before), Tree(stack, after)));

    [Theory]
    [InlineData("    pgVersion: 18\n", "pgVersion", "17 -> 18")]
    [InlineData("    region: aws-eu-central-1\n", "regionId", "aws-us-east-1 -> aws-eu-central-1")]
    public void A_setting_the_provider_cannot_change_in_place_replaces_stagings_project(string lines, string property, string values)
    {
        var risk = Assert.Single(Risks("staging", "", lines));

        Assert.Equal((ChangeRisk.ReplacementCode, "neon-project", property), (risk.Code, risk.Resource, risk.Property));
        Assert.Contains($"({values})", risk.Message, StringComparison.Ordinal);
        Assert.Contains("Pulumi deletes it, with every branch and all data, and creates a new one", risk.Message, StringComparison.Ordinal);
        Assert.EndsWith("*Moving to a new Neon project*", risk.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void In_prod_the_replacement_is_refused_by_protection_and_still_flagged()
    {
        var risk = Assert.Single(Risks("prod", "", "    pgVersion: 18\n"));

        Assert.Contains("refuses while it is protected", risk.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Renaming_the_default_branch_role_or_database_replaces_the_project()
    {
        var before = Tree("staging");
        var after = ProgramTree.Parse(PulumiYamlWriter.Write(FixturePrograms.Program(FixturePrograms.Settings("staging"))).Replace("name: main", "name: trunk", StringComparison.Ordinal)).Tree!;

        var risk = Assert.Single(ChangeRisks.Find(ProgramDiff.Compare(before, after)));

        Assert.Equal("branch", risk.Property);
        Assert.Contains("(name: main -> trunk)", risk.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dropping_the_organization_id_is_no_replacement_but_changing_it_may_be()
    {
        var withOrg = Tree("staging");
        var withoutOrg = Tree("staging", edit: t => t.Replace(OrgLine, "    apiKeyType: organization\n", StringComparison.Ordinal));
        var otherOrg = Tree("staging", edit: t => t.Replace("org-acme-12345678", "org-other-12345678", StringComparison.Ordinal));

        Assert.Empty(ChangeRisks.Find(ProgramDiff.Compare(withOrg, withoutOrg)));
        var risk = Assert.Single(ChangeRisks.Find(ProgramDiff.Compare(withOrg, otherOrg)));
        Assert.Contains("unless the project already belongs to that organization", risk.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_compute_change_before_the_compute_is_adopted_is_not_applied_and_says_how_to_adopt()
    {
        var risk = Assert.Single(Risks("prod", "", "    maxCu: 4\n"));

        Assert.Equal((ChangeRisk.IgnoredCode, "neon-project", "defaultEndpointSettings"), (risk.Code, risk.Resource, risk.Property));
        Assert.Contains("(autoscalingLimitMaxCu: 2 -> 4)", risk.Message, StringComparison.Ordinal);
        Assert.Contains("set neon.computeId to the stack output neonComputeId", risk.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Once_adopted_a_compute_change_reaches_the_compute_and_is_no_risk()
    {
        const string adopted = "    computeId: cool-sun-12345678/ep-quiet-lake-12345678\n";

        Assert.Empty(Risks("prod", adopted, adopted + "    maxCu: 4\n    suspendTimeoutSeconds: 300\n"));
        Assert.Empty(Risks("prod", "", adopted + "    maxCu: 4\n"));
    }

    [Fact]
    public void Adopting_a_new_project_with_new_settings_is_a_move_not_a_replacement()
    {
        Assert.Empty(Risks("staging", "", "    projectId: new-moon-87654321\n    pgVersion: 18\n    region: aws-eu-central-1\n"));
    }

    [Fact]
    public void Once_moved_a_replacing_change_is_flagged_again()
    {
        const string moved = "    projectId: new-moon-87654321\n";

        Assert.Equal(ChangeRisk.ReplacementCode, Assert.Single(Risks("staging", moved, moved + "    pgVersion: 18\n")).Code);
    }

    [Fact]
    public void Settings_applied_in_place_are_no_risk()
    {
        Assert.Empty(Risks("prod", "", "    historyRetentionDays: 3\n"));
    }

    [Fact]
    public void The_diff_report_calls_out_both()
    {
        var diff = ProgramDiff.Compare(Tree("staging"), Tree("staging", "    pgVersion: 18\n    maxCu: 2\n"));

        var report = DiffRenderer.Markdown(diff, "staging");

        Assert.Contains("> **Replacement**: `neon-project` changes pgVersion (17 -> 18)", report, StringComparison.Ordinal);
        Assert.Contains("> **Not applied**: `neon-project` changes defaultEndpointSettings (autoscalingLimitMaxCu: 1 -> 2)", report, StringComparison.Ordinal);
    }
}
