using System.Text.Json;
using Infra.Stacks.Cli;
using Infra.Stacks.Settings.Catalog;
using Infra.Tests.Support;
using Json.Schema;
using Xunit;

namespace Infra.Tests.Cli;

/// <summary><c>infra init</c>: a team's app from a few answers, validated before anything is written.</summary>
public sealed class InitCommandTests : IDisposable
{
    private static readonly string[] Answers =
    [
        "--app", "shop", "--domain", "shop.example.org", "--repository", "acme/shop", "--vercel-team", "acme",
        "--cloudflare-account", "0123456789abcdef0123456789abcdef", "--cloudflare-zone", "fedcba9876543210fedcba9876543210",
        "--sentry-org", "acme", "--slack-workspace", "Acme #1", "--slack-team-id", "T0ACME0001", "--slack-channel-id", "C0ACME0001",
        "--alert-email", "oncall@acme.org", "--reviewers", "alice,bob",
    ];

    private const string ProjectFile = """
        name: other-infra
        description: The production platform of the other app, compiled by Infra.
        runtime:
          name: yaml
          options:
            compiler: ./out/infra compile
        packages:
          neon:
            source: terraform-provider
            version: 1.1.0
            parameters:
              - kislerdm/neon
              - 0.15.0

        """;

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "infra-init-" + Guid.NewGuid().ToString("N"));

    public InitCommandTests()
    {
        Directory.CreateDirectory(Path.Combine(_directory, "docs", "inventory"));
        Directory.CreateDirectory(Path.Combine(_directory, "docs", "runbooks"));
        // A project file of another app, with packages and runtime options, as a fork has it; init renames it.
        File.WriteAllText(Path.Combine(_directory, "Pulumi.yaml"), ProjectFile);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Init_writes_stack_files_that_every_verb_accepts()
    {
        var result = InfraProcess.Run(_directory, null, ["init", .. Answers]);

        Assert.True(result.ExitCode == 0, result.Stderr);
        var project = File.ReadAllText(Path.Combine(_directory, "Pulumi.yaml"));
        Assert.StartsWith("name: shop-infra\n", project, StringComparison.Ordinal);
        Assert.Contains("packages:", project, StringComparison.Ordinal);
        Assert.Contains("description: The production platform of the shop app", project, StringComparison.Ordinal);
        Assert.Contains("./out/infra secrets", result.Stdout, StringComparison.Ordinal);
        // Every placeholder is a secret infra secrets will ask for; the bootstrap stack agrees with the app stacks.
        var secrets = InfraProcess.Run(_directory, null, "secrets", "--check");
        Assert.True(secrets.ExitCode == 1, secrets.Stderr);
        Assert.Contains("prod: shop-infra:SENTRY_AUTH_TOKEN (placeholder)", secrets.Stdout, StringComparison.Ordinal);
        Assert.Contains("bootstrap: github:token (placeholder)", secrets.Stdout, StringComparison.Ordinal);
        Assert.Contains("bootstrap: shop-infra:PULUMI_ACCESS_TOKEN (placeholder)", secrets.Stdout, StringComparison.Ordinal);
        Assert.Contains("bootstrap: shop-infra:BOOTSTRAP_CONFIG_PASSPHRASE (placeholder)", secrets.Stdout, StringComparison.Ordinal);
        foreach (var stack in new[] { "prod", "staging", "bootstrap" })
        {
            var synth = InfraProcess.Run(_directory, null, "synth", stack);
            Assert.True(synth.ExitCode == 0, $"{stack}: {synth.Stderr}");
        }

        Assert.Contains("shop.example.org", File.ReadAllText(Path.Combine(_directory, "docs", "inventory", "prod.md")), StringComparison.Ordinal);
        Assert.Contains("staging.shop.example.org", File.ReadAllText(StackFile("staging")), StringComparison.Ordinal);
        Assert.Contains("`shop-staging`", File.ReadAllText(Path.Combine(_directory, "docs", "runbooks", "backup-and-restore.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_written_stack_files_validate_against_the_written_schemas()
    {
        Assert.Equal(0, InfraProcess.Run(_directory, null, ["init", "--project", "shop-platform", .. Answers]).ExitCode);

        foreach (var (stack, schemaFile) in new[] { ("prod", SchemaCommand.StackFile), ("staging", SchemaCommand.StackFile), ("bootstrap", SchemaCommand.BootstrapFile) })
        {
            var text = File.ReadAllText(StackFile(stack));
            Assert.StartsWith($"# yaml-language-server: $schema=./schema/{schemaFile}\n", text, StringComparison.Ordinal);
            var schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(_directory, "schema", schemaFile)));
            Assert.True(schema.Evaluate(JsonSerializer.SerializeToElement(StackFileJson.FromYaml(text))).IsValid, stack);
        }

        Assert.Equal(File.ReadAllText(Path.Combine(_directory, "schema", SchemaCommand.StackFile)), StackFileSchema.Generate("shop-platform", SettingScope.App));
    }

    [Fact]
    public void Missing_and_invalid_answers_are_one_line_each_exit_2_and_nothing_is_written()
    {
        var before = Snapshot();

        var result = InfraProcess.Run(_directory, null, "init", "--app", "Shop", "--domain", "shop.example.org", "--alert-email", "not-an-address");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(result.ErrorLines, l => l.Contains("--app", StringComparison.Ordinal) && l.Contains("\"Shop\" is not allowed", StringComparison.Ordinal));
        Assert.Contains(result.ErrorLines, l => l.Contains("--alert-email", StringComparison.Ordinal) && l.Contains("not-an-address", StringComparison.Ordinal));
        Assert.Contains(result.ErrorLines, l => l.Contains("--repository", StringComparison.Ordinal) && l.Contains("required", StringComparison.Ordinal));
        Assert.DoesNotContain(result.ErrorLines, l => l.Contains("--domain", StringComparison.Ordinal));
        Assert.DoesNotContain(result.ErrorLines, l => l.Contains("--project", StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void Existing_stack_files_are_replaced_only_with_force()
    {
        File.WriteAllText(StackFile("prod"), "config: {}\n");
        var before = Snapshot();

        var refused = InfraProcess.Run(_directory, null, ["init", .. Answers]);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("Pulumi.prod.yaml", Assert.Single(refused.ErrorLines), StringComparison.Ordinal);
        Assert.Equal(before, Snapshot());

        Assert.Equal(0, InfraProcess.Run(_directory, null, ["init", "--force", .. Answers]).ExitCode);
        Assert.Contains("shop-infra:app: shop", File.ReadAllText(StackFile("prod")), StringComparison.Ordinal);
    }

    [Fact]
    public void Init_asks_for_what_no_option_gave_and_asks_again_after_an_invalid_answer()
    {
        // Every question in order: app, project (default), domain (first invalid, then valid), repository, ...
        var input = new StringReader(string.Join('\n',
            "shop", "", "Not A Domain", "shop.example.org", "acme/shop", "acme", "", "",
            "0123456789abcdef0123456789abcdef", "fedcba9876543210fedcba9876543210", "acme", "Acme", "T0ACME0001", "C0ACME0001",
            "oncall@acme.org", "alice", "") + "\n");
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(output, error, _ => null, _directory, input);

        var exit = InitCommand.Run(context, new Dictionary<string, string>(), force: false);

        Assert.True(exit == 0, error.ToString());
        Assert.Contains("\"Not A Domain\" is not allowed", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("shop-infra:domain: shop.example.org", File.ReadAllText(StackFile("prod")), StringComparison.Ordinal);
        Assert.Contains("neon:\n    # The plan", File.ReadAllText(StackFile("prod")).Replace("shop-infra:", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void The_state_backend_secrets_provider_and_schemas_repository_reach_the_bootstrap_stack()
    {
        var result = InfraProcess.Run(_directory, null,
            ["init", .. Answers, "--state-backend", "s3://shop-state?region=eu-central-1", "--secrets-provider", "passphrase", "--schemas-repository", "acme/provider-schemas"]);

        Assert.True(result.ExitCode == 0, result.Stderr);
        var bootstrap = File.ReadAllText(StackFile("bootstrap"));
        Assert.Contains("    stateBackendUrl: s3://shop-state?region=eu-central-1\n    # How stack secrets are encrypted", bootstrap, StringComparison.Ordinal);
        Assert.Contains("    secretsProvider: passphrase\n", bootstrap, StringComparison.Ordinal);
        Assert.Contains("    repositoryVariables:\n      PROVIDER_SCHEMAS_REPOSITORY: acme/provider-schemas\n", bootstrap, StringComparison.Ordinal);
        Assert.DoesNotContain("PULUMI_ACCESS_TOKEN", bootstrap, StringComparison.Ordinal);
        // The app stacks' passphrase on a bucket: the bootstrap stack cannot have its own.
        Assert.Contains("    ownPassphrase: false\n", bootstrap, StringComparison.Ordinal);
        Assert.DoesNotContain("BOOTSTRAP_CONFIG_PASSPHRASE", bootstrap, StringComparison.Ordinal);
        var secrets = InfraProcess.Run(_directory, null, "secrets", "--check");
        Assert.True(secrets.ExitCode == 1, secrets.Stderr);
        Assert.Contains("bootstrap: shop-infra:PULUMI_CONFIG_PASSPHRASE (placeholder): the repository secret PULUMI_CONFIG_PASSPHRASE of the state backend", secrets.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, InfraProcess.Run(_directory, null, "synth", "bootstrap").ExitCode);

        var refused = InfraProcess.Run(_directory, null, ["init", "--force", .. Answers, "--secrets-provider", "kms"]);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("--secrets-provider", Assert.Single(refused.ErrorLines), StringComparison.Ordinal);
    }

    private string StackFile(string stack) => Path.Combine(_directory, $"Pulumi.{stack}.yaml");

    private Dictionary<string, string> Snapshot() =>
        Directory.GetFiles(_directory, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllText);
}
