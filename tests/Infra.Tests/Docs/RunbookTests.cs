using System.Text.RegularExpressions;
using Infra.Graph;
using Infra.Stacks.Settings;
using Infra.Tests.Support;
using Xunit;

namespace Infra.Tests.Docs;

/// <summary>
/// The runbooks (the templates of stacks/Runbooks, rendered with the tests' own project, as
/// <c>infra runbooks</c> renders a team's) name real things: every resource, stack, stack output and
/// verb they cite exists in the program, and every name is filled in.
/// </summary>
public sealed partial class RunbookTests
{
    private static readonly Lazy<Dictionary<string, string>> Rendered = new(() =>
    {
        var context = new Infra.Stacks.Cli.CliContext(TextWriter.Null, TextWriter.Null, _ => null, RepoPaths.FixtureProject);
        var (runbooks, errors) = Infra.Stacks.Cli.RunbooksCommand.Render(context);
        Assert.True(runbooks is not null, string.Join("\n", errors));
        return runbooks!.ToDictionary(r => r.Name, r => r.Text, StringComparer.Ordinal);
    });

    private static readonly Lazy<Dictionary<string, ProgramGraph>> Programs = new(() => new(StringComparer.Ordinal)
    {
        ["prod"] = TestStacks.Program("prod"),
        ["staging"] = TestStacks.Program("staging"),
        ["pr"] = TestStacks.Preview(42, "feature/login"),
        ["prod-betterstack"] = TestStacks.Program(Variants.Get("prod-betterstack")),
        ["staging-betterstack"] = TestStacks.Program(Variants.Get("staging-betterstack")),
        ["prod-compute-adopted"] = TestStacks.Program(Variants.Get("prod-compute-adopted")),
    });

    public static TheoryData<string> Runbooks() =>
        [.. Names()];

    private static IEnumerable<string> Names() => Rendered.Value.Keys.Order(StringComparer.Ordinal);

    private static string Text(string runbook) => Rendered.Value[runbook];

    [Theory]
    [MemberData(nameof(Runbooks))]
    public void Every_name_is_the_projects_own(string runbook)
    {
        Assert.DoesNotContain("{{", Text(runbook), StringComparison.Ordinal);
        Assert.DoesNotContain("luma", Text(runbook), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_runbooks_name_the_projects_resources()
    {
        Assert.Contains("`orbit-staging`", Text("backup-and-restore.md"), StringComparison.Ordinal);
        Assert.Contains("https://orbit.example.test/api/health/db", Text("database-migration.md"), StringComparison.Ordinal);
        Assert.Contains("--alarm-name-prefix orbit-prod-uptime", Text("incident-response.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_runbook_the_platform_needs_is_there() =>
        Assert.Equal(
            ["backup-and-restore.md", "database-migration.md", "deployment-and-rollback.md", "drift-response.md", "incident-response.md", "troubleshooting.md"],
            Names());

    [Theory]
    [MemberData(nameof(Runbooks))]
    public void Every_logical_name_cited_is_a_resource_or_value_of_a_program(string runbook)
    {
        var names = Programs.Value.Values
            .SelectMany(p => p.Resources.Select(r => r.Name).Concat(p.Variables.Select(v => v.Name)))
            .ToHashSet(StringComparer.Ordinal);
        var cited = CodeSpans(runbook).SelectMany(s => LogicalName().Matches(s).Select(m => m.Value)).Distinct().ToList();

        Assert.NotEmpty(cited);
        Assert.All(cited, name => Assert.True(names.Contains(name), $"{runbook}: `{name}` is not a logical name of prod, staging or a pr stack"));
    }

    [Theory]
    [MemberData(nameof(Runbooks))]
    public void Every_stack_output_read_exists(string runbook)
    {
        foreach (Match m in OutputRead().Matches(Text(runbook)))
        {
            var stack = m.Groups["stack"].Value;
            var candidates = PreviewSettingsParser.PullRequestNumber(stack) is not null ? ["pr"] : new[] { stack, stack + "-betterstack" };
            Assert.True(
                candidates.Any(c => Programs.Value[c].FindOutput(m.Groups["name"].Value) is not null),
                $"{runbook}: {m.Value}: no such output of {stack} (with either monitoring backend)");
        }
    }

    [Theory]
    [MemberData(nameof(Runbooks))]
    public void Every_stack_named_exists(string runbook)
    {
        foreach (Match m in StackArgument().Matches(Text(runbook)))
        {
            var stack = m.Groups["stack"].Value;
            Assert.True(
                PreviewSettingsParser.PullRequestNumber(stack) is not null || RepositoryStacks.Names.Contains(stack),
                $"{runbook}: --stack {stack} does not exist");
        }
    }

    [Theory]
    [MemberData(nameof(Runbooks))]
    public void Every_infra_verb_exists(string runbook)
    {
        var verbs = Infra.Stacks.Cli.CliApp.Root(new Infra.Stacks.Cli.CliContext(TextWriter.Null, TextWriter.Null, _ => null, ".")).Subcommands.Select(c => c.Name).ToList();
        foreach (Match m in InfraVerb().Matches(Text(runbook)))
        {
            Assert.Contains(m.Groups["verb"].Value, verbs);
        }
    }

    private static IEnumerable<string> CodeSpans(string runbook) =>
        CodeSpan().Matches(Text(runbook)).Select(m => m.Groups[1].Value);

    [GeneratedRegex("`([^`\n]+)`")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"(?<![\w.#:/-])(?:neon|vercel|r2|dns|sentry|uptime|alerts|backups|secrets|staging-stack)-[a-z0-9]+(?:-[a-z0-9]+)*(?![\w.<>/-])")]
    private static partial Regex LogicalName();

    [GeneratedRegex(@"pulumi stack output --stack (?<stack>[a-z0-9-]+)(?: --show-secrets)? (?<name>[A-Za-z]+)")]
    private static partial Regex OutputRead();

    [GeneratedRegex(@"--stack (?<stack>[a-z][a-z0-9-]*)")]
    private static partial Regex StackArgument();

    [GeneratedRegex(@"\binfra (?<verb>[a-z][a-z-]*) ")]
    private static partial Regex InfraVerb();
}
