using Infra.Stacks.Cli;
using Infra.Stacks.Cli.Init;
using Infra.Tests.Support;
using Xunit;

namespace Infra.Tests.Cli;

/// <summary>
/// <c>infra secrets</c> on the tests' own project (acme-infra, with its bootstrap stack file): it finds
/// the secrets without a real value, takes each from a prompt or the environment, creates the stacks
/// the backend lacks and stores each with <c>pulumi config set --secret</c> (a stand-in pulumi that
/// records its arguments and stdin), never printing a value and setting nothing unless it can set all.
/// </summary>
public sealed class SecretsCommandTests : IDisposable
{
    private const string Real = "    secure: v1:c2FsdA==:Y2lwaGVydGV4dA==\n";

    private readonly FixtureProject _project = new();
    private readonly ScriptSandbox _sandbox = new("infra-secrets-");

    public SecretsCommandTests()
    {
        // The GitHub token is init's placeholder, the Vercel token absent: two secrets to set.
        var bootstrap = BootstrapFixture.StackFile
            .Replace("  github:token:\n" + Real, $"  github:token:\n    secure: {InitQuestions.SecretPlaceholder}\n", StringComparison.Ordinal)
            .Replace("  acme-infra:VERCEL_API_TOKEN:\n" + Real, "", StringComparison.Ordinal);
        File.WriteAllText(_project.StackFilePath("bootstrap"), bootstrap);
        // A stand-in pulumi: the backend has prod only; each call and each value read are recorded.
        _sandbox.StandIn("pulumi", $$"""
            echo "$*" >> '{{Calls}}'
            case "$1 $2" in
              "whoami --json") echo "{\"user\":\"acme\",\"url\":\"${WHOAMI_URL:-s3://acme-pulumi-state}\"}" ;;
              "stack ls") echo '[{"name":"acme/acme-infra/prod","current":false}]' ;;
              "stack init") echo "passphrase=${PULUMI_CONFIG_PASSPHRASE:-unset}" >> '{{Values}}' ;;
              "config set") printf '%s=%s\n' "${@: -2:1}" "$(cat)" >> '{{Values}}' ;;
            esac
            [ -n "${PULUMI_FAIL:-}" ] && [ "$1" = config ] && { echo "error: decrypting failed" >&2; exit 255; }
            exit 0
            """);
    }

    private string Calls => Path.Combine(_sandbox.Directory, "calls.log");

    private string Values => Path.Combine(_sandbox.Directory, "values.log");

    public void Dispose()
    {
        _project.Dispose();
        _sandbox.Dispose();
    }

    /// <summary>In process, at a "terminal" whose hidden answers come from <paramref name="read"/>; only PATH is in the environment.</summary>
    private CliContext Terminal(TextWriter output, TextWriter error, Func<string, string?> read) =>
        new(output, error, k => k == "PATH" ? _sandbox.SearchPath : null, _project.Directory, ReadSecret: read);

    /// <summary>The stand-ins' PATH, the bootstrap stack's own passphrase (it unlocks that stack), and the given variables.</summary>
    private Dictionary<string, string> Environment(params (string Key, string Value)[] values) =>
        _sandbox.EnvironmentWith([("BOOTSTRAP_CONFIG_PASSPHRASE", "bootstrap-pass"), .. values]);

    [Fact]
    public void Check_lists_the_secrets_without_a_real_value_and_exits_1()
    {
        var result = InfraProcess.Run(_project.Directory, Environment(), "secrets", "--check");

        Assert.Equal(ExitCodes.ProgramErrors, result.ExitCode);
        Assert.Equal(
            ["bootstrap: github:token (placeholder)", "bootstrap: acme-infra:VERCEL_API_TOKEN (missing)"],
            result.Stdout.Split('\n').Where(l => l.StartsWith("bootstrap:", StringComparison.Ordinal)).Select(l => l[..l.IndexOf(')', StringComparison.Ordinal)] + ")"));
        Assert.Contains("2 secret(s) need a value", result.Stdout, StringComparison.Ordinal);
        Assert.False(File.Exists(Calls));
    }

    [Fact]
    public void Without_a_terminal_values_come_from_the_environment_and_are_set_through_stdin_only()
    {
        var result = InfraProcess.Run(_project.Directory, Environment(("BOOTSTRAP_GITHUB_TOKEN", "ghp-secret-1"), ("VERCEL_API_TOKEN", "vercel-secret-2")), "secrets");

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Equal(
            ["whoami --json --non-interactive",
             "stack ls --json --non-interactive",
             "stack init bootstrap --no-select --secrets-provider passphrase --non-interactive",
             "stack init staging --no-select --secrets-provider awskms://alias/acme-pulumi --non-interactive",
             "config set --secret --stack bootstrap github:token --non-interactive",
             "config set --secret --stack bootstrap acme-infra:VERCEL_API_TOKEN --non-interactive"],
            File.ReadAllLines(Calls).Where(l => !l.StartsWith("config set --secret --stack staging", StringComparison.Ordinal) && !l.StartsWith("config set --secret --stack prod", StringComparison.Ordinal)));
        Assert.Contains("github:token=ghp-secret-1", File.ReadAllLines(Values));
        Assert.Contains("acme-infra:VERCEL_API_TOKEN=vercel-secret-2", File.ReadAllLines(Values));
        Assert.DoesNotContain("secret-1", result.Stdout + result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-2", result.Stdout + result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(File.ReadAllLines(Calls), l => l.Contains("secret-", StringComparison.Ordinal));
        Assert.Contains("set bootstrap github:token", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Stacks_the_backend_lacks_are_created_also_without_a_secret_to_set()
    {
        File.WriteAllText(_project.StackFilePath("bootstrap"), BootstrapFixture.StackFile);

        var result = InfraProcess.Run(_project.Directory, Environment(), "secrets");

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Equal(
            ["whoami --json --non-interactive",
             "stack ls --json --non-interactive",
             "stack init bootstrap --no-select --secrets-provider passphrase --non-interactive",
             "stack init staging --no-select --secrets-provider awskms://alias/acme-pulumi --non-interactive"],
            File.ReadAllLines(Calls));
        Assert.Contains("every secret has a value", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_value_is_one_line_each_exit_2_and_nothing_is_run()
    {
        var result = InfraProcess.Run(_project.Directory, Environment(("BOOTSTRAP_GITHUB_TOKEN", "ghp-secret-1")), "secrets");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.Contains("acme-infra:VERCEL_API_TOKEN", line, StringComparison.Ordinal);
        Assert.Contains("set the environment variable VERCEL_API_TOKEN", line, StringComparison.Ordinal);
        Assert.DoesNotContain(result.ErrorLines, l => l.Contains("github:token", StringComparison.Ordinal));
        Assert.False(File.Exists(Calls));
    }

    [Fact]
    public void A_failing_pulumi_stops_with_its_message_never_the_value()
    {
        var result = InfraProcess.Run(_project.Directory, Environment(("BOOTSTRAP_GITHUB_TOKEN", "ghp-secret-1"), ("VERCEL_API_TOKEN", "vercel-secret-2"), ("PULUMI_FAIL", "1")), "secrets", "--stack", "bootstrap");

        Assert.Equal(ExitCodes.ProgramErrors, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.Contains("github:token failed (0 of 2 set): error: decrypting failed", line, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-", result.Stdout + result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_pulumi_on_the_path_it_says_to_install_it()
    {
        var result = InfraProcess.Run(_project.Directory, new Dictionary<string, string> { ["PATH"] = _project.Directory, ["BOOTSTRAP_GITHUB_TOKEN"] = "g", ["VERCEL_API_TOKEN"] = "v" }, "secrets", "--stack", "bootstrap");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("pulumi is not on the PATH", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("      - acme-ops\n", "      - not a login\n", "acme-infra:bootstrap.reviewers[1]")]
    [InlineData("    deployedStacks:\n", "    neonStacks: [staging]\n    deployedStacks:\n", "acme-infra:bootstrap.neonStacks: lacks prod")]
    public void An_invalid_setting_or_a_bootstrap_that_disagrees_with_the_app_stacks_is_reported_before_anything_runs(string find, string replace, string expected)
    {
        File.WriteAllText(_project.StackFilePath("bootstrap"), File.ReadAllText(_project.StackFilePath("bootstrap")).Replace(find, replace, StringComparison.Ordinal));

        var result = InfraProcess.Run(_project.Directory, Environment(("BOOTSTRAP_GITHUB_TOKEN", "g"), ("VERCEL_API_TOKEN", "v")), "secrets");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains(expected, Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.False(File.Exists(Calls));
    }

    [Fact]
    public void Logged_in_to_another_backend_than_the_bootstrap_stack_names_nothing_is_created()
    {
        var result = InfraProcess.Run(_project.Directory, Environment(("BOOTSTRAP_GITHUB_TOKEN", "g"), ("VERCEL_API_TOKEN", "v"), ("WHOAMI_URL", "https://api.pulumi.com")), "secrets");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("pulumi is logged in to https://api.pulumi.com, but bootstrap.stateBackendUrl is s3://acme-pulumi-state, where the workflows keep the stacks: run pulumi login 's3://acme-pulumi-state'", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.Equal(["whoami --json --non-interactive"], File.ReadAllLines(Calls));

        // The same bucket with other query parameters is the same backend.
        Assert.Equal(0, InfraProcess.Run(_project.Directory, Environment(("BOOTSTRAP_GITHUB_TOKEN", "g"), ("VERCEL_API_TOKEN", "v"), ("WHOAMI_URL", "s3://acme-pulumi-state?region=eu-central-1")), "secrets").ExitCode);
    }

    [Fact]
    public void A_passphrase_typed_at_the_prompt_encrypts_the_new_stacks()
    {
        File.WriteAllText(_project.StackFilePath("bootstrap"), File.ReadAllText(_project.StackFilePath("bootstrap"))
            .Replace("    secretsProvider: awskms://alias/acme-pulumi\n", "    secretsProvider: passphrase\n    ownPassphrase: false\n", StringComparison.Ordinal)
            .Replace("  acme-infra:BOOTSTRAP_CONFIG_PASSPHRASE:\n" + Real, "", StringComparison.Ordinal));
        Queue<string> answers = new(["ghp-typed", "vercel-typed", "correct horse", "correct horse"]);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = Terminal(output, error, _ => answers.Dequeue());

        var exit = SecretsCommand.Run(context, [], check: false, all: false);

        Assert.True(exit == 0, error.ToString());
        Assert.Contains("passphrase=correct horse", File.ReadAllLines(Values));
        Assert.Contains("acme-infra:PULUMI_CONFIG_PASSPHRASE=correct horse", File.ReadAllLines(Values));
        Assert.Contains("stack init bootstrap --no-select --secrets-provider passphrase --non-interactive", File.ReadAllLines(Calls));
    }

    [Fact]
    public void A_passphrase_typed_twice_differently_sets_nothing_and_all_never_asks_for_it_again()
    {
        File.WriteAllText(_project.StackFilePath("bootstrap"), File.ReadAllText(_project.StackFilePath("bootstrap"))
            .Replace("    secretsProvider: awskms://alias/acme-pulumi\n", "    secretsProvider: passphrase\n    ownPassphrase: false\n", StringComparison.Ordinal)
            .Replace("  acme-infra:BOOTSTRAP_CONFIG_PASSPHRASE:\n" + Real, "", StringComparison.Ordinal));
        Queue<string> answers = new(["ghp-typed", "vercel-typed", "correct horse", "correct hose"]);
        using var error = new StringWriter();
        var context = Terminal(TextWriter.Null, error, _ => answers.Dequeue());

        Assert.Equal(ExitCodes.BadInput, SecretsCommand.Run(context, [], check: false, all: false));
        Assert.Contains("acme-infra:PULUMI_CONFIG_PASSPHRASE: the two entries differ", error.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(Calls));

        // Once set, --all asks for every other secret again, never the passphrase that encrypts the stacks.
        File.WriteAllText(_project.StackFilePath("bootstrap"), BootstrapFixture.StackFile.Replace("    secretsProvider: awskms://alias/acme-pulumi\n", "    secretsProvider: passphrase\n    ownPassphrase: false\n", StringComparison.Ordinal)
            .Replace("  acme-infra:BOOTSTRAP_CONFIG_PASSPHRASE:\n" + Real, "", StringComparison.Ordinal) + "  acme-infra:PULUMI_CONFIG_PASSPHRASE:\n" + Real);
        var check = InfraProcess.Run(_project.Directory, Environment(), "secrets", "--check", "--all", "--stack", "bootstrap");
        Assert.Contains("bootstrap: github:token (set)", check.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("PULUMI_CONFIG_PASSPHRASE", check.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void The_bootstrap_stack_is_created_with_its_own_passphrase_and_the_app_stacks_with_the_repositorys_provider()
    {
        var result = InfraProcess.Run(_project.Directory, Environment(("BOOTSTRAP_GITHUB_TOKEN", "g"), ("VERCEL_API_TOKEN", "v")), "secrets");

        Assert.True(result.ExitCode == 0, result.Stderr);
        var calls = File.ReadAllLines(Calls);
        var values = File.ReadAllLines(Values);
        Assert.Equal("stack init bootstrap --no-select --secrets-provider passphrase --non-interactive", calls[2]);
        Assert.Equal("passphrase=bootstrap-pass", values[0]);
        Assert.Equal("stack init staging --no-select --secrets-provider awskms://alias/acme-pulumi --non-interactive", calls[3]);
        Assert.Equal("passphrase=unset", values[1]);

        // Without it, and nobody at a terminal to ask, nothing runs past the listing.
        File.Delete(Calls);
        var refused = InfraProcess.Run(_project.Directory, _sandbox.EnvironmentWith(("BOOTSTRAP_GITHUB_TOKEN", "g"), ("VERCEL_API_TOKEN", "v")), "secrets");
        Assert.Equal(ExitCodes.BadInput, refused.ExitCode);
        Assert.Contains("export BOOTSTRAP_CONFIG_PASSPHRASE", Assert.Single(refused.ErrorLines), StringComparison.Ordinal);
        Assert.DoesNotContain(File.ReadAllLines(Calls), c => c.StartsWith("stack init", StringComparison.Ordinal) || c.StartsWith("config set", StringComparison.Ordinal));
    }

    [Fact]
    public void Config_pairs_are_refused_rather_than_ignored()
    {
        var result = InfraProcess.Run(_project.Directory, Environment(), "secrets", "--check", "-c", "bootstrap.neonStacks=staging");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("--config: 'secrets' builds no stack program", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void At_a_terminal_each_is_asked_for_and_a_value_given_for_another_stack_can_be_reused()
    {
        // Both app stacks lose their source-map token: the same key twice, the second reuses the first.
        foreach (var stack in new[] { "prod", "staging" })
        {
            var text = File.ReadAllText(_project.StackFilePath(stack));
            File.WriteAllText(_project.StackFilePath(stack), System.Text.RegularExpressions.Regex.Replace(text, "  acme-infra:SENTRY_AUTH_TOKEN:\n    secure: .*\n", ""));
        }

        Queue<string> answers = new(["ghp-typed", "vercel-typed", "sentry-typed", "", "bootstrap-typed"]);
        List<string> prompts = [];
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = Terminal(output, error, p => { prompts.Add(p); return answers.Dequeue(); });

        var exit = SecretsCommand.Run(context, [], check: false, all: false);

        Assert.True(exit == 0, error.ToString());
        Assert.Empty(answers);
        Assert.Contains(prompts, p => p.Contains("Enter: the one given above", StringComparison.Ordinal));
        Assert.Contains("the bootstrap stack's passphrase (to unlock it", prompts[^1], StringComparison.Ordinal);
        Assert.Contains("passphrase=bootstrap-typed", File.ReadAllLines(Values));
        Assert.Equal(["acme-infra:SENTRY_AUTH_TOKEN=sentry-typed", "acme-infra:SENTRY_AUTH_TOKEN=sentry-typed"], File.ReadAllLines(Values).Where(l => l.Contains("SENTRY", StringComparison.Ordinal)));
        Assert.DoesNotContain("typed", output.ToString() + error.ToString(), StringComparison.Ordinal);
    }
}
