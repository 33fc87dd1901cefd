using Infra.Diff;
using Infra.Tests.Support;
using Infra.Writer;
using Xunit;

namespace Infra.Tests.Diff;

public sealed class ProgramDiffTests
{
    private const string Before = """
        name: p
        runtime: yaml
        variables:
          hash:
            fn::secret:
              fn::invoke:
                function: std:index:sha256
                arguments:
                  input: ${token.value}
                return: result
        resources:
          db:
            type: neon:index/project:Project
            properties:
              name: orbit
              pgVersion: 16
            options:
              protect: true
          gone:
            type: random:index/randomPassword:RandomPassword
            properties:
              length: 32
        outputs:
          url: https://a.example.com
        """;

    private const string After = """
        name: p
        runtime: yaml
        variables:
          hash:
            fn::secret:
              fn::invoke:
                function: std:index:sha256
                arguments:
                  input: ${token.value}
                return: result
        resources:
          db:
            type: neon:index/project:Project
            properties:
              name: orbit
              pgVersion: 17
            options:
              protect: true
          env:
            type: vercel:index/projectEnvironmentVariable:ProjectEnvironmentVariable
            properties:
              key: API_KEY
              sensitive: true
              value: sk-live-literal-value
              projectId: ${project.id}
          literal:
            type: example:index:Thing
            properties:
              password: hunter2
              wrapped:
                fn::secret: plain-text-secret
        outputs:
          url: https://b.example.com
        """;

    private static ProgramDiff Compare(string before, string after) =>
        ProgramDiff.Compare(ProgramTree.Parse(before).Tree!, ProgramTree.Parse(after).Tree!);

    [Fact]
    public void Additions_removals_and_line_changes_are_found()
    {
        var diff = Compare(Before, After);

        Assert.Equal(["env", "literal"], diff.Added.Select(e => e.Name));
        Assert.Equal("gone", Assert.Single(diff.Removed).Name);
        var changes = diff.Changed.Select(c => c.After.Name).ToList();
        Assert.Equal(["url", "db"], changes);
        var db = diff.Changed.Single(c => c.After.Name == "db");
        Assert.Equal(new LineChange("properties.pgVersion", "16", "17"), Assert.Single(db.Lines));
        Assert.Equal(1, diff.Unchanged);
    }

    [Fact]
    public void Secrets_are_masked_and_references_shown()
    {
        var report = DiffRenderer.Markdown(Compare(Before, After), "t");

        Assert.DoesNotContain("sk-live-literal-value", report, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", report, StringComparison.Ordinal);
        Assert.DoesNotContain("plain-text-secret", report, StringComparison.Ordinal);
        Assert.Contains("properties.value: [secret]", report, StringComparison.Ordinal);
        Assert.Contains("properties.password: [secret]", report, StringComparison.Ordinal);
        Assert.Contains("properties.projectId: ${project.id}", report, StringComparison.Ordinal);
    }

    [Fact]
    public void Removing_a_protected_resource_is_called_out()
    {
        var report = DiffRenderer.Markdown(Compare(After, Before.Replace("  db:", "  database:", StringComparison.Ordinal)), "t");

        Assert.Contains("**Warning**: removes protected `db`", report, StringComparison.Ordinal);
        Assert.Contains("add an alias", report, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_program_has_no_change()
    {
        var yaml = PulumiYamlWriter.Write(TestStacks.Program("prod"));

        var diff = Compare(yaml, yaml);

        Assert.True(diff.IsEmpty);
        Assert.Contains("No change to the desired state.", DiffRenderer.Markdown(diff, "t"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_setting_change_shows_as_one_line()
    {
        var settings = TestStacks.Settings("prod");
        var before = PulumiYamlWriter.Write(TestStacks.Program(settings));
        var after = PulumiYamlWriter.Write(TestStacks.Program(settings with { Neon = settings.Neon with { HistoryRetentionHours = 14 * 24 } }));

        var change = Assert.Single(Compare(before, after).Changed);

        Assert.Equal("neon-project", change.After.Name);
        Assert.Equal(new LineChange("properties.historyRetentionSeconds", "604800", "1209600"), Assert.Single(change.Lines));
    }

    [Fact]
    public void Text_that_is_not_a_program_is_one_problem()
    {
        Assert.NotNull(ProgramTree.Parse("[1, 2]").Problem);
        Assert.NotNull(ProgramTree.Parse("a: [unclosed").Problem);
    }
}
