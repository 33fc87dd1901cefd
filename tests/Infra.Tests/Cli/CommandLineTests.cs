using Infra.Tests.Support;
using Xunit;

namespace Infra.Tests.Cli;

/// <summary>
/// The offline verbs as a user runs them, in a project of the tests' own (<see cref="FixtureProject"/>):
/// exit codes, stdout, stderr, files.
/// </summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly FixtureProject _project = new();

    public void Dispose() => _project.Dispose();

    [Theory]
    [InlineData("prod")]
    [InlineData("staging")]
    public void Synth_prints_the_stacks_program(string stack)
    {
        var result = InfraProcess.Run(_project.Directory, null, "synth", stack);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stderr);
        Assert.Equal(FixturePrograms.Synth(stack), result.Stdout);
    }

    [Fact]
    public void Synth_output_ignores_the_machines_culture_and_time_zone()
    {
        var result = InfraProcess.Run(_project.Directory, new Dictionary<string, string>
        {
            ["TZ"] = "Pacific/Chatham",
            ["LANG"] = "de_DE.UTF-8",
            ["LC_ALL"] = "de_DE.UTF-8",
            ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "0",
        }, "synth", "prod");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(FixturePrograms.Synth("prod"), result.Stdout);
    }

    [Fact]
    public void Synth_writes_the_file_given_with_o_and_nothing_on_stdout()
    {
        var dir = Directory.CreateTempSubdirectory("infra-out-").FullName;
        var path = Path.Combine(dir, "prod.yaml");

        var result = InfraProcess.Run(_project.Directory, null, "synth", "prod", "-o", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Equal(FixturePrograms.Synth("prod"), File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(dir));
    }

    [Fact]
    public void Broken_settings_give_one_line_each_exit_2_and_write_nothing()
    {
        const string Ns = FixtureProject.Name;
        var brokenFile = _project.StackFileText("staging")
            .Replace($"  {Ns}:app: acme\n", "", StringComparison.Ordinal)
            .Replace("staging.acme.test", "https://staging.acme.test", StringComparison.Ordinal)
            .Replace("    plan: launch\n", "    plan: launch\n    historyRetentionDays: 0\n    pgVersion: seventeen\n", StringComparison.Ordinal);
        var dir = _project.Directory;
        File.WriteAllText(Path.Combine(dir, "Pulumi.broken.yaml"), brokenFile);
        var output = Path.Combine(dir, "out.yaml");

        var result = InfraProcess.Run(dir, null, "synth", "broken", "-o", output);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.False(File.Exists(output));
        Assert.Equal(5, result.ErrorLines.Length);
        Assert.Contains(result.ErrorLines, l => l.Contains($"{Ns}:tier: required setting is missing; expected production or staging", StringComparison.Ordinal));
        Assert.Contains(result.ErrorLines, l => l.Contains($"{Ns}:app: required setting is missing", StringComparison.Ordinal));
        Assert.Contains(result.ErrorLines, l => l.Contains($"{Ns}:domain: \"https://staging.acme.test\" is not allowed", StringComparison.Ordinal));
        Assert.Contains(result.ErrorLines, l => l.Contains($"{Ns}:neon.historyRetentionDays: \"0\" is not allowed; expected a whole number from 1 to 30", StringComparison.Ordinal));
        Assert.Contains(result.ErrorLines, l => l.Contains($"{Ns}:neon.pgVersion: \"seventeen\" is not allowed", StringComparison.Ordinal));
        Assert.DoesNotContain("Exception", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("  acme-infra:neon.region: aws-eu-central-1\n", "acme-infra:neon.region", "a flat key with a dot")]
    [InlineData("  acme-infra:neon:\n    regoin: aws-eu-central-1\n", "acme-infra:neon.regoin", "unknown setting")]
    [InlineData("  acme-infra:r2:\n    enabled: false\n", "acme-infra:cloudflare.accountId", "does nothing: r2.enabled is false")]
    public void A_flat_key_an_unknown_key_and_an_option_that_does_nothing_are_one_line_and_exit_2(string yaml, string key, string message)
    {
        var text = _project.StackFileText("prod");
        // An extra neon block replaces the fixture's, so that its keys stay one object.
        text = yaml.Contains("  acme-infra:neon:\n", StringComparison.Ordinal)
            ? text.Replace($"  {FixtureProject.Name}:neon:\n", yaml, StringComparison.Ordinal)
            : text + yaml;
        File.WriteAllText(_project.StackFilePath("prod"), text);

        var result = InfraProcess.Run(_project.Directory, null, "check", "prod");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
        var line = Assert.Single(result.ErrorLines);
        Assert.Contains(key + ":", line, StringComparison.Ordinal);
        Assert.Contains(message, line, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_stack_is_one_line_naming_the_known_ones()
    {
        var result = InfraProcess.Run(_project.Directory, null, "synth", "qa");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
        var line = Assert.Single(result.ErrorLines);
        Assert.Contains("stack qa", line, StringComparison.Ordinal);
        Assert.Contains("prod, staging", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_prints_every_resource_and_counts_per_provider()
    {
        var result = InfraProcess.Run(_project.Directory, null, "plan", "prod");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(FixturePrograms.Plan("prod"), result.Stdout);
        Assert.Contains("neon-project", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("yes, retained", result.Stdout, StringComparison.Ordinal);
        var vercel = FixturePrograms.Program("prod").Resources.Count(r => r.Type.StartsWith("vercel:", StringComparison.Ordinal));
        Assert.Matches(@"\| vercel\s+\| 5\.4\.1\s+\|.*\| " + vercel + @"\s+\|", result.Stdout);
    }

    [Fact]
    public void Project_dir_option_reads_another_directory()
    {
        var result = InfraProcess.Run(Path.GetTempPath(), null, "synth", "staging", "--project-dir", _project.Directory);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(FixturePrograms.Synth("staging"), result.Stdout);
    }

    [Theory]
    [InlineData("compile")]
    [InlineData("synth")]
    [InlineData("plan")]
    [InlineData("diff")]
    public void Every_verb_has_help(string verb)
    {
        var result = InfraProcess.Run(_project.Directory, null, verb, "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage:", result.Stdout, StringComparison.Ordinal);
        Assert.Contains(verb, result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Root_help_lists_the_verbs()
    {
        var result = InfraProcess.Run(_project.Directory, null, "--help");

        Assert.Equal(0, result.ExitCode);
        foreach (var verb in new[] { "compile", "synth", "plan", "diff" })
        {
            Assert.Contains(verb, result.Stdout, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("deploy")]
    [InlineData("synth")]
    [InlineData("synth", "prod", "--bogus")]
    public void Bad_arguments_give_exit_2(params string[] args)
    {
        var result = InfraProcess.Run(_project.Directory, null, args);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.StartsWith("error: ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_project_file_is_one_error()
    {
        var dir = Directory.CreateTempSubdirectory("infra-empty-").FullName;

        var result = InfraProcess.Run(dir, null, "synth", "prod");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Pulumi.yaml", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }
}
