using Infra.Stacks.Composition;
using Infra.Stacks.Settings;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace Infra.Tests.Workflows;

/// <summary>
/// What the bootstrap stack's roles rely on in the workflows: a job a pull request triggers (running
/// the pull request's code) never names the deploy role or the production environment; the deploy
/// jobs assume the deploy role inside their environment; the ruleset's default checks are the jobs
/// of ci.yml and preview.yml.
/// </summary>
public sealed class DeliveryGuaranteeTests
{
    private static IEnumerable<string> Triggers(WorkflowFile workflow) => workflow.Root["on"] switch
    {
        YamlScalarNode s => [s.Value!],
        YamlSequenceNode l => l.Children.Cast<YamlScalarNode>().Select(s => s.Value!),
        YamlMappingNode m => m.Children.Keys.Cast<YamlScalarNode>().Select(s => s.Value!),
        _ => [],
    };

    private static IEnumerable<string> Scalars(YamlNode node) => node switch
    {
        YamlScalarNode s => [s.Value ?? ""],
        YamlSequenceNode l => l.Children.SelectMany(Scalars),
        YamlMappingNode m => m.Children.SelectMany(c => Scalars(c.Key).Concat(Scalars(c.Value))),
        _ => [],
    };

    private static string? Environment(YamlMappingNode job) => WorkflowFile.Get(job, "environment") switch
    {
        YamlScalarNode s => s.Value,
        YamlMappingNode m => WorkflowFile.Scalar(m, "name"),
        _ => null,
    };

    public static TheoryData<string> PullRequestWorkflows() =>
        [.. WorkflowFile.Names().Where(n => Triggers(WorkflowFile.Load(n)).Any(t => t.StartsWith("pull_request", StringComparison.Ordinal)))];

    [Theory]
    [MemberData(nameof(PullRequestWorkflows))]
    public void No_job_a_pull_request_triggers_reaches_the_deploy_role_or_production(string name)
    {
        var workflow = WorkflowFile.Load(name);
        var workflowEnv = WorkflowFile.Get(workflow.Root, "env") is { } env ? Scalars(env) : [];
        Assert.DoesNotContain(workflowEnv, v => v.Contains(BootstrapComposer.DeployRoleVariable, StringComparison.Ordinal));

        Assert.All(workflow.Jobs, job =>
        {
            Assert.False(Scalars(job.Job).Any(v => v.Contains(BootstrapComposer.DeployRoleVariable, StringComparison.Ordinal)),
                $"{name} job {job.Name} runs on pull requests and names {BootstrapComposer.DeployRoleVariable}");
            Assert.NotEqual("production", Environment(job.Job));
        });
    }

    [Fact]
    public void Previews_and_drift_assume_the_read_only_role()
    {
        Assert.Contains("vars." + BootstrapComposer.ReadOnlyRoleVariable, WorkflowFile.Load("preview.yml").Text, StringComparison.Ordinal);
        Assert.Contains("vars." + BootstrapComposer.ReadOnlyRoleVariable, WorkflowFile.Load("drift.yml").Text, StringComparison.Ordinal);
        Assert.DoesNotContain(BootstrapComposer.DeployRoleVariable, WorkflowFile.Load("drift.yml").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_job_that_assumes_the_deploy_role_runs_in_an_environment_of_the_bootstrap_stack()
    {
        var deploy = WorkflowFile.Load("deploy.yml");
        var jobs = deploy.Jobs.Where(j => Scalars(j.Job).Any(v => v.Contains(BootstrapComposer.DeployRoleVariable, StringComparison.Ordinal))).ToList();

        Assert.NotEmpty(jobs);
        Assert.All(jobs, j => Assert.Contains(Environment(j.Job), BootstrapComposer.Environments.Select(e => e.Name)));
    }

    public static TheoryData<string> AllWorkflows() => [.. WorkflowFile.Names()];

    /// <summary>
    /// The deploy credentials are environment secrets (bootstrap.environmentSecrets): a job outside
    /// an environment would read an empty value, or a repository secret of the same name that any
    /// pull request could read too. Only the deploy jobs name them.
    /// </summary>
    [Theory]
    [MemberData(nameof(AllWorkflows))]
    public void Only_jobs_in_an_environment_read_the_deploy_credentials(string name)
    {
        var workflow = WorkflowFile.Load(name);
        // The deploy credentials (the passphrase that decrypts the bootstrap stack's copies of them: below).
        var patterns = BootstrapSettingsParser.DefaultEnvironmentSecrets
            .Select(secret => new System.Text.RegularExpressions.Regex(@"secrets\." + secret + @"\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant))
            .ToList();
        Assert.DoesNotContain(WorkflowFile.Get(workflow.Root, "env") is { } env ? Scalars(env) : [], v => patterns.Any(p => p.IsMatch(v)));

        Assert.All(workflow.Jobs, job =>
        {
            var reads = Scalars(job.Job).Where(v => patterns.Any(p => p.IsMatch(v))).ToList();
            Assert.True(reads.Count == 0 || BootstrapComposer.Environments.Any(e => e.Name == Environment(job.Job)),
                $"{name} job {job.Name} reads {string.Join(", ", reads)} outside the environments {string.Join(", ", BootstrapComposer.Environments.Select(e => e.Name))}");
        });
    }

    [Theory]
    [MemberData(nameof(AllWorkflows))]
    public void Only_production_jobs_read_the_bootstrap_stacks_own_passphrase(string name)
    {
        var workflow = WorkflowFile.Load(name);
        var pattern = "secrets." + BootstrapSettingsParser.OwnPassphraseSecret;
        Assert.DoesNotContain(WorkflowFile.Get(workflow.Root, "env") is { } env ? Scalars(env) : [], v => v.Contains(pattern, StringComparison.Ordinal));
        Assert.All(workflow.Jobs, job => Assert.True(
            !Scalars(job.Job).Any(v => v.Contains(pattern, StringComparison.Ordinal)) || Environment(job.Job) == "production",
            $"{name} job {job.Name} reads {BootstrapSettingsParser.OwnPassphraseSecret} outside the production environment"));
    }

    [Fact]
    public void The_deploy_jobs_read_the_deploy_credentials()
    {
        var deploy = WorkflowFile.Load("deploy.yml");
        var inEnvironment = deploy.Jobs.Where(j => Environment(j.Job) is not null && !j.Name.StartsWith(BootstrapSettingsParser.Stack, StringComparison.Ordinal)).ToList();

        Assert.Equal(BootstrapComposer.Environments.Select(e => e.Name), inEnvironment.Select(j => Environment(j.Job)));
        Assert.All(inEnvironment, job => Assert.All(BootstrapSettingsParser.DefaultEnvironmentSecrets,
            secret => Assert.Contains(Scalars(job.Job), v => v == "${{ secrets." + secret + " }}")));
    }

    /// <summary>
    /// CI deploys the bootstrap stack (it creates IAM roles and administers the repository) only in
    /// the production environment, after prod (whose outputs it reads), with the admin token of its
    /// own stack config rather than the workflow's.
    /// </summary>
    [Fact]
    public void The_bootstrap_stack_is_deployed_behind_production_after_prod()
    {
        var deploy = WorkflowFile.Load("deploy.yml");
        var jobs = deploy.Jobs.Where(j => Scalars(j.Job).Any(v => v == "up") && Scalars(j.Job).Contains(BootstrapSettingsParser.Stack)).ToList();

        var job = Assert.Single(jobs);
        Assert.Equal("production", Environment(job.Job));
        Assert.Contains("prod", Scalars(WorkflowFile.Get(job.Job, "needs")!));
        Assert.Contains(Scalars(job.Job), v => v.Contains(".github/scripts/bootstrap-ready.sh", StringComparison.Ordinal));
        Assert.DoesNotContain(Scalars(job.Job), v => v.Contains("secrets.GITHUB", StringComparison.Ordinal));

        // The approvers see its diff first, previewed in `production` too: only production's jobs hold the
        // bootstrap stack's own passphrase, so nothing else can decrypt its credentials.
        var preview = Assert.Single(deploy.Jobs, j => j.Name == "bootstrap-preview");
        Assert.Equal("production", Environment(preview.Job));
        Assert.Contains("prod", Scalars(WorkflowFile.Get(preview.Job, "needs")!));
        Assert.Contains("bootstrap-preview", Scalars(WorkflowFile.Get(job.Job, "needs")!));
        Assert.Contains(Scalars(preview.Job), v => v.Contains("pulumi preview --stack bootstrap", StringComparison.Ordinal));
        Assert.All(new[] { job, preview }, j => Assert.Contains(Scalars(j.Job), v => v.Contains("secrets." + BootstrapSettingsParser.OwnPassphraseSecret, StringComparison.Ordinal)));
        Assert.DoesNotContain(deploy.Jobs, j => j.Name != job.Name && j.Name != preview.Name && Scalars(j.Job).Any(v => v.Contains("--stack bootstrap", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_default_required_checks_are_the_jobs_of_ci_and_preview()
    {
        List<string> names = [];
        foreach (var file in new[] { "ci.yml", "preview.yml" })
        {
            foreach (var (_, job) in WorkflowFile.Load(file).Jobs)
            {
                var name = WorkflowFile.Scalar(job, "name")!;
                var stacks = WorkflowFile.Get(WorkflowFile.Get(WorkflowFile.Get(job, "strategy") ?? new YamlMappingNode(), "matrix") ?? new YamlMappingNode(), "stack");
                names.AddRange(stacks is YamlSequenceNode list
                    ? list.Children.Cast<YamlScalarNode>().Select(s => name.Replace("${{ matrix.stack }}", s.Value, StringComparison.Ordinal))
                    : [name]);
            }
        }

        Assert.Equal(names, BootstrapSettingsParser.DefaultRequiredChecks);
    }
}
