using System.Globalization;
using Infra.Components;
using Infra.Diff;
using Infra.Graph;
using Infra.Policies;
using Infra.Stacks.Cli;
using Infra.Stacks.Composition;
using Infra.Stacks.Settings;
using Infra.Tests.Conformance;
using Infra.Tests.Conformance.TypeCheck;
using Infra.Tests.Support;
using Infra.Tests.Workflows;
using Infra.Writer;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace Infra.Tests.Stacks;

/// <summary>
/// The stacks at the repository root, whatever they hold: every <c>Pulumi.&lt;stack&gt;.yaml</c> beside the
/// root <c>Pulumi.yaml</c> (found by glob, under the project name that file gives) parses, composes, is
/// written, validates against the provider schemas, type-checks and passes the policies; and the files
/// derived from the root stacks (the committed inventories, the backup workflows' matrices) agree with
/// them. A fork's stacks are covered as they are. This is the only test that reads the root stack files:
/// every other test reads the tests' own project (<see cref="RepoPaths.FixtureProject"/>).
/// </summary>
public sealed class RepositoryStacksTests
{
    public static TheoryData<string> Stacks() => [.. RepositoryStacks.Names];

    public static TheoryData<string> AppStacks() => [.. RepositoryStacks.AppNames];

    [Fact]
    public void The_root_has_stack_files()
    {
        Assert.NotEmpty(RepositoryStacks.Names);
        Assert.NotEmpty(RepositoryStacks.AppNames);
    }

    [Theory]
    [MemberData(nameof(Stacks))]
    public void Its_settings_parse_and_it_composes_and_is_written_without_diagnostics(string stack)
    {
        var (result, _) = Compose(stack);

        Assert.True(result.Diagnostics.IsEmpty && result.Program is not null, $"{stack}:\n" + string.Join("\n", result.Diagnostics));
        var program = result.Program!;
        var (tree, problem) = ProgramTree.Parse(PulumiYamlWriter.Write(program));
        Assert.True(tree is not null, $"{stack}: the written program does not read back: {problem}");
        Assert.NotEmpty(program.Resources);
        Assert.All(program.Resources, r => Assert.True(tree!.Entries.ContainsKey($"resources/{r.Name}"), $"{stack}: {r.Name} is not in the written program"));
    }

    [Theory]
    [MemberData(nameof(Stacks))]
    public void Every_resource_and_invoke_validates_against_the_provider_schemas(string stack)
    {
        Assert.True(RepoPaths.Schemas is not null, RepoPaths.SchemasMissingMessage);

        var problems = new SchemaValidator(new SchemaSet(RepoPaths.Schemas!)).Validate(Program(stack));

        Assert.True(problems.Count == 0, $"{stack}:\n" + string.Join("\n", problems));
    }

    [Theory]
    [MemberData(nameof(Stacks))]
    public void It_has_no_type_errors(string stack)
    {
        var errors = TypeCheckHarness.Checker(TypeCheckOptions.WithInfraRules).Check(Program(stack)).Where(d => d.IsError).ToList();

        Assert.True(errors.Count == 0, $"{stack}: type errors:\n" + string.Join("\n", errors));
    }

    [Theory]
    [MemberData(nameof(Stacks))]
    public void It_passes_every_policy(string stack)
    {
        var (result, context) = Compose(stack);
        Assert.True(result.Program is not null, $"{stack}: the composer withheld the program:\n" + string.Join("\n", result.Diagnostics));

        var findings = PolicySet.All.SelectMany(p => p.Check(result.Program!, context)).ToList();

        Assert.True(findings.Count == 0, $"{stack}:\n" + string.Join("\n", findings));
    }

    /// <summary>
    /// docs/inventory/&lt;stack&gt;.md is the stack's program (rewrite it with INFRA_UPDATE_BASELINES=1;
    /// <c>infra init</c> writes a fork's own).
    /// </summary>
    [Theory]
    [MemberData(nameof(AppStacks))]
    public void Its_committed_inventory_is_its_program(string stack)
    {
        var path = Path.Combine(RepoPaths.Root, "docs", "inventory", $"{stack}.md");
        var inventory = InventoryDocument.Render(Program(stack), stack);
        if (Environment.GetEnvironmentVariable(Baseline.UpdateVariable) == "1")
        {
            File.WriteAllText(path, inventory);
        }

        Assert.True(File.Exists(path), $"docs/inventory/{stack}.md is missing: run the tests with {Baseline.UpdateVariable}=1 (or infra docs {stack} > docs/inventory/{stack}.md)");
        var committed = File.ReadAllText(path);
        Assert.True(committed == inventory,
            $"docs/inventory/{stack}.md is out of date: run the tests with {Baseline.UpdateVariable}=1 (or infra docs {stack} > docs/inventory/{stack}.md)");
    }

    /// <summary>
    /// The AWS account has one GitHub OIDC provider: exactly one root stack creates it (the bootstrap
    /// stack, deployed first, or an app stack's backups), the others look it up; two would collide at
    /// <c>pulumi up</c> (EntityAlreadyExists), none would leave every role without a provider.
    /// </summary>
    [Fact]
    public void Exactly_one_stack_creates_the_github_oidc_provider()
    {
        var creators = RepositoryStacks.AppNames.Where(s => Settings(s) is { Backups.Enabled: true, Backups.CreateOidcProvider: true }).ToList();
        if (RepositoryStacks.Names.Contains(BootstrapSettingsParser.Stack))
        {
            var (bootstrap, problems) = BootstrapSettingsParser.Parse(Config(BootstrapSettingsParser.Stack));
            Assert.True(bootstrap is not null, string.Join("\n", problems));
            if (bootstrap!.CreateOidcProvider)
            {
                creators.Add(BootstrapSettingsParser.Stack);
            }
        }

        Assert.True(creators.Count == 1, $"stacks that create the GitHub OIDC provider: [{string.Join(", ", creators)}]; expected exactly one (bootstrap.oidcProvider / backups.oidcProvider: create in one, existing in the others)");
    }

    /// <summary>docs/runbooks are the runbooks rendered with the root project's names (rewrite them with INFRA_UPDATE_BASELINES=1, or infra runbooks -o docs/runbooks).</summary>
    [Fact]
    public void The_bootstrap_stack_agrees_with_the_app_stacks()
    {
        if (!RepositoryStacks.Names.Contains(BootstrapSettingsParser.Stack))
        {
            return;
        }

        var (bootstrap, errors) = BootstrapSettingsParser.Parse(Config(BootstrapSettingsParser.Stack));
        Assert.True(bootstrap is not null, string.Join("\n", errors));
        Assert.Empty(DeliveryConsistency.Check(bootstrap!, [.. RepositoryStacks.AppNames.Select(s => (s, Settings(s)))]));
    }

    [Fact]
    public void The_committed_runbooks_are_rendered_for_the_root_project()
    {
        // The workflows and the runbooks are written for the stacks prod and staging: a root without them fails here.
        var (runbooks, errors) = RunbooksCommand.Render(new CliContext(TextWriter.Null, TextWriter.Null, _ => null, RepoPaths.Root));
        Assert.True(runbooks is not null, string.Join("\n", errors));
        foreach (var (name, text) in runbooks!)
        {
            var path = Path.Combine(RepoPaths.Root, "docs", "runbooks", name);
            if (Environment.GetEnvironmentVariable(Baseline.UpdateVariable) == "1")
            {
                File.WriteAllText(path, text);
            }

            Assert.True(File.Exists(path) && File.ReadAllText(path) == text,
                $"docs/runbooks/{name} is not the rendered runbook: run infra runbooks -o docs/runbooks (or the tests with {Baseline.UpdateVariable}=1), and edit stacks/Runbooks/{name}, never the rendered copy");
        }
    }

    /// <summary>
    /// The backup job and the restore check run the matrix <c>infra backup-matrix</c> prints: exactly the
    /// stacks with backups, each with its Postgres major.
    /// </summary>
    [Theory]
    [MemberData(nameof(AppStacks))]
    public void The_backup_matrix_has_it_exactly_when_it_has_backups_with_its_postgres_major(string stack)
    {
        var settings = Settings(stack);
        var (matrix, errors) = BackupMatrixCommand.Matrix(new CliContext(TextWriter.Null, TextWriter.Null, _ => null, RepoPaths.Root));
        Assert.True(matrix is not null, string.Join("\n", errors));
        var entry = System.Text.Json.Nodes.JsonNode.Parse(matrix!)!["include"]!.AsArray().SingleOrDefault(e => (string?)e!["stack"] == stack);

        Assert.Equal(settings.Backups.Enabled, entry is not null);
        Assert.True(entry is null || (string?)entry["pgMajor"] == settings.Neon.PgVersion.ToString(CultureInfo.InvariantCulture));
        foreach (var (workflow, job) in BackupJobs())
        {
            Assert.True("${{ fromJSON(needs.stacks.outputs.matrix) }}" == WorkflowFile.Scalar((YamlMappingNode)job["strategy"], "matrix"), $"{workflow}: the job's matrix must come from infra backup-matrix");
        }
    }

    [Theory]
    [MemberData(nameof(AppStacks))]
    public void The_backup_workflows_run_in_the_github_environment_its_roles_trust(string stack)
    {
        var environment = Settings(stack).Backups.GitHubEnvironment;

        foreach (var (workflow, job) in BackupJobs())
        {
            Assert.True(
                environment is null || WorkflowFile.Get(job, "environment") is not null,
                $"{workflow}: {stack}: backups.githubEnvironment is '{environment}' but the job runs in no environment: the role trusts only the environment's jobs; declare the environment on the job");
        }
    }

    private static IEnumerable<(string Workflow, YamlMappingNode Job)> BackupJobs() =>
    [
        (BackupsArgs.BackupWorkflow, WorkflowFile.Load(BackupsArgs.BackupWorkflow).Job("backup")),
        (BackupsArgs.RestoreWorkflow, WorkflowFile.Load(BackupsArgs.RestoreWorkflow).Job("restore")),
    ];

    /// <summary>The root's <c>Pulumi.&lt;stack&gt;.yaml</c>, under the root project's namespace.</summary>
    private static RawConfig Config(string stack)
    {
        var fileName = $"Pulumi.{stack}.yaml";
        var (config, errors) = StackFileConfig.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, fileName)), RepositoryStacks.Project, fileName);
        Assert.True(config is not null && errors.Count == 0, $"{fileName}:\n" + string.Join("\n", errors));
        return config!;
    }

    private static StackSettings Settings(string stack)
    {
        var (settings, errors) = StackSettingsParser.Parse(stack, Config(stack));
        Assert.True(settings is not null && errors.Count == 0, $"{stack}:\n" + string.Join("\n", errors));
        return settings!;
    }

    private static ProgramGraph Program(string stack)
    {
        var (result, _) = Compose(stack);
        Assert.True(result.Program is not null, $"{stack}:\n" + string.Join("\n", result.Diagnostics));
        return result.Program!;
    }

    /// <summary>A root stack's program as the CLI builds it (<see cref="StackLoader"/>): bootstrap and pull request stacks by their own parsers and composers, with the policy context their composer applies.</summary>
    private static (BuildResult Result, PolicyContext Context) Compose(string stack)
    {
        if (stack == BootstrapSettingsParser.Stack)
        {
            var (bootstrap, problems) = BootstrapSettingsParser.Parse(Config(stack));
            Assert.True(bootstrap is not null && problems.Count == 0, $"{stack}:\n" + string.Join("\n", problems));
            return (BootstrapComposer.Compose(bootstrap!), new PolicyContext(Production: false, Preview: false));
        }

        if (PreviewSettingsParser.PullRequestNumber(stack) is not null)
        {
            var (preview, problems) = PreviewSettingsParser.Parse(stack, Config(PreviewSettingsParser.BaseStack), Config(stack));
            Assert.True(preview is not null && problems.Count == 0, $"{stack}:\n" + string.Join("\n", problems));
            return (PreviewComposer.Compose(preview!), new PolicyContext(Production: false, Preview: true));
        }

        var settings = Settings(stack);
        return (StackComposer.Compose(settings), new PolicyContext(Production: settings.Tier == Tier.Production, Preview: false));
    }
}
