using Infra.Expressions;
using Infra.Graph;
using Infra.Model;
using Infra.Providers.Neon;
using Infra.Providers.Vercel;
using Infra.Tests.Support;
using Xunit;
using NeonProject = Infra.Providers.Neon.Project;

namespace Infra.Tests.Components;

/// <summary>
/// A stack's Neon project in the program graph (the tests' own project, <see cref="FixtureProject"/>):
/// its organization, the protected default branch, the adopted compute and the connection URIs.
/// </summary>
public sealed class NeonDatabaseTests
{
    private const string ComputeId = "cool-sun-12345678/ep-quiet-lake-12345678";

    private static ProgramGraph Program(string stack, string neonLines = "") =>
        FixturePrograms.Program(FixturePrograms.Settings(stack, t => t.Replace(
            "    orgId: org-acme-12345678\n", "    orgId: org-acme-12345678\n" + neonLines, StringComparison.Ordinal)));

    private static ObjectExpr ProjectInputs(ProgramGraph program) => program.Get<NeonProject>("neon-project").Inputs();

    private static Expr VariableValue(ProgramGraph program, string key) =>
        program.Resources.OfType<ProjectEnvironmentVariable>().Single(v => v.Inputs()["key"] == new StringLit(key)).Inputs()["value"]!;

    [Fact]
    public void The_project_is_created_in_the_organization_of_the_settings()
    {
        Assert.Equal(new StringLit("org-acme-12345678"), ProjectInputs(Program("prod"))["orgId"]);
    }

    [Fact]
    public void With_an_organization_api_key_the_project_names_no_organization()
    {
        var settings = FixturePrograms.Settings("prod", t => t.Replace("    orgId: org-acme-12345678\n", "    apiKeyType: organization\n", StringComparison.Ordinal));

        Assert.Null(ProjectInputs(FixturePrograms.Program(settings))["orgId"]);
    }

    [Fact]
    public void Prods_default_branch_is_protected_in_neon_and_the_project_in_pulumi()
    {
        var project = Program("prod").Get<NeonProject>("neon-project");

        Assert.Equal(new BoolLit(true), project.Inputs()["defaultBranchProtected"]);
        Assert.True(project.Options.Protect);
        Assert.True(project.Options.RetainOnDelete);
    }

    [Fact]
    public void Stagings_default_branch_is_not_protected()
    {
        var project = Program("staging").Get<NeonProject>("neon-project");

        Assert.Null(project.Inputs()["defaultBranchProtected"]);
        Assert.False(project.Options.Protect);
    }

    [Fact]
    public void Stagings_project_is_retained_on_delete_so_that_no_replacement_deletes_its_data()
    {
        Assert.True(Program("staging").Get<NeonProject>("neon-project").Options.RetainOnDelete);
    }

    [Fact]
    public void A_stack_moves_to_another_project_by_adopting_it()
    {
        var project = Program("staging", "    projectId: new-moon-87654321\n    pgVersion: 18\n").Get<NeonProject>("neon-project");

        Assert.Equal("new-moon-87654321", project.Options.Import);
        Assert.True(project.Options.RetainOnDelete);
        Assert.Equal(new IntLit(18), project.Inputs()["pgVersion"]);
    }

    [Theory]
    [InlineData("prod")]
    [InlineData("staging")]
    public void Until_the_compute_is_adopted_the_project_ignores_compute_changes_and_says_how_to_adopt(string stack)
    {
        var program = Program(stack);

        Assert.Equal(["defaultEndpointSettings"], program.Get<NeonProject>("neon-project").Options.IgnoreChanges.ToArray());
        Assert.DoesNotContain(program.Resources, r => r is Endpoint);
        Assert.Equal(Interpolation.Of(new Ref("neon-project", "id"), "/", new Ref("neon-project", "defaultEndpointId")), program.FindOutput("neonComputeId")!.Value);
    }

    [Fact]
    public void An_adopted_compute_is_imported_and_gets_the_compute_settings()
    {
        var program = Program("prod", $"    computeId: {ComputeId}\n    minCu: 0.5\n    maxCu: 4\n");
        var compute = program.Get<Endpoint>("neon-compute");
        var inputs = compute.Inputs();

        Assert.Equal(ComputeId, compute.Options.Import);
        Assert.Equal(new Ref("neon-project", "id"), inputs["projectId"]);
        Assert.Equal(new Ref("neon-project", "defaultBranchId"), inputs["branchId"]);
        Assert.Equal(new StringLit("read_write"), inputs["type"]);
        Assert.Equal(new NumberLit(0.5), inputs["autoscalingLimitMinCu"]);
        Assert.Equal(new NumberLit(4), inputs["autoscalingLimitMaxCu"]);
        Assert.Equal(new IntLit(-1), inputs["suspendTimeoutSeconds"]);
        Assert.Empty(program.Get<NeonProject>("neon-project").Options.IgnoreChanges);
    }

    [Fact]
    public void An_adopted_compute_is_never_deleted_by_pulumi_nor_moved_to_another_branch()
    {
        var options = Program("staging", $"    computeId: {ComputeId}\n").Get<Endpoint>("neon-compute").Options;

        Assert.True(options.RetainOnDelete);
        Assert.Equal(["branchId"], options.IgnoreChanges.ToArray());
    }

    [Fact]
    public void The_project_defaults_keep_the_compute_settings_for_new_computes()
    {
        var seed = (ObjectExpr)ProjectInputs(Program("staging", $"    computeId: {ComputeId}\n    maxCu: 2\n"))["defaultEndpointSettings"]!;

        Assert.Equal(new NumberLit(2), seed["autoscalingLimitMaxCu"]);
        Assert.Equal(new IntLit(300), seed["suspendTimeoutSeconds"]);
    }

    [Theory]
    [InlineData("prod")]
    [InlineData("staging")]
    public void The_database_urls_carry_a_connect_timeout_for_cold_starts(string stack)
    {
        var program = Program(stack);

        Assert.Equal(new SecretExpr(Interpolation.Of(new Ref("neon-project", "connectionUriPooler"), "&connect_timeout=15")), VariableValue(program, "DATABASE_URL"));
        Assert.Equal(new SecretExpr(Interpolation.Of(new Ref("neon-project", "connectionUri"), "&connect_timeout=15")), VariableValue(program, "DIRECT_URL"));
    }

    [Fact]
    public void The_restore_window_is_the_settings_hours_in_seconds()
    {
        var settings = FixturePrograms.Settings("staging", t => t.Replace("    plan: launch\n", "    plan: free\n", StringComparison.Ordinal));

        Assert.Equal(new IntLit(6 * 3600), ProjectInputs(FixturePrograms.Program(settings))["historyRetentionSeconds"]);
    }
}
