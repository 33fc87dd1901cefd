using Xunit;
using static Infra.Tests.Workflows.WorkflowFile;

namespace Infra.Tests.Workflows;

/// <summary>
/// The Neon side of the pull-request workflows: jobs that run a pull request's code get a key scoped to
/// one project, never the organization's, and a change that would replace a database fails the checks.
/// </summary>
public sealed class NeonWorkflowTests
{
    [Fact]
    public void Pr_stack_jobs_use_the_staging_project_scoped_key()
    {
        var pr = Load("pr-stack.yml");

        Assert.All(pr.Jobs, j => Assert.Equal("${{ secrets.NEON_PR_API_KEY }}", Scalar(Get(j.Job, "env")!, "NEON_API_KEY")));
        Assert.DoesNotContain("secrets.NEON_API_KEY", pr.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("preview.yml", "preview")]
    [InlineData("drift.yml", "drift")]
    public void Previews_and_drift_use_a_key_scoped_to_the_stacks_own_project_never_the_other_stacks(string workflow, string job)
    {
        var key = Scalar(Get(Load(workflow).Job(job), "env")!, "NEON_API_KEY");

        // `a && b || c` falls through to c when b is empty: prod's unset key must not become staging's.
        Assert.Equal("${{ matrix.stack == 'prod' && secrets.NEON_PREVIEW_API_KEY_PROD || matrix.stack == 'staging' && secrets.NEON_PREVIEW_API_KEY_STAGING || '' }}", key);
    }

    [Fact]
    public void The_desired_state_job_refuses_replacements_after_posting_the_report()
    {
        var steps = ((YamlDotNet.RepresentationModel.YamlSequenceNode)Load("preview.yml").Job("desired-state")["steps"]).Children.ToList();

        var check = steps.FindIndex(s => Scalar(s, "run")?.Contains("head/.github/scripts/replacement-check.sh staging prod", StringComparison.Ordinal) == true);
        var comment = steps.FindIndex(s => Scalar(s, "run")?.Contains("upsert-comment.sh", StringComparison.Ordinal) == true);

        Assert.True(check > comment && comment >= 0, "infra check --base runs after the report is commented");
    }
}
