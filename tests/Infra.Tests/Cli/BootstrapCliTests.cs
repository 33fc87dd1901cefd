using Infra.Tests.Support;
using Xunit;

namespace Infra.Tests.Cli;

/// <summary>The bootstrap stack from the command line, on the tests' own project.</summary>
public sealed class BootstrapCliTests
{
    [Fact]
    public void Synth_bootstrap_writes_the_delivery_setup()
    {
        using var fixture = new BootstrapFixture();

        var result = InfraProcess.Run(fixture.Directory, null, "synth", "bootstrap");

        Assert.Equal("", result.Stderr);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("type: github:index/repositoryEnvironment:RepositoryEnvironment", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("token.actions.githubusercontent.com:sub: repo:acme/app:environment:production", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("type: github:index/repositoryRuleset:RepositoryRuleset", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_bootstrap_shows_the_environments_ruleset_roles_and_variables()
    {
        using var fixture = new BootstrapFixture();

        var result = InfraProcess.Run(fixture.Directory, null, "plan", "bootstrap");

        Assert.Equal(0, result.ExitCode);
        Assert.All(
            ["github-staging-environment", "github-production-environment", "github-main-ruleset", "aws-staging-deploy-role", "aws-production-deploy-role",
                "aws-readonly-role", "github-production-deploy-role-arn", "github-readonly-role-arn"],
            name => Assert.Contains(name, result.Stdout, StringComparison.Ordinal));
    }

    [Fact]
    public void Compiler_mode_composes_bootstrap_from_pulumi_config()
    {
        using var fixture = new BootstrapFixture();
        var synth = InfraProcess.Run(fixture.Directory, null, "synth", "bootstrap");

        var result = InfraProcess.Run(fixture.Directory, new Dictionary<string, string>
        {
            ["PULUMI_STACK"] = "acme/acme-infra/bootstrap",
            ["PULUMI_PROJECT"] = FixtureProject.Name,
            ["PULUMI_CONFIG"] = PulumiConfigJson.FromStackFile(BootstrapFixture.StackFile),
        }, "compile");

        Assert.Equal("", result.Stderr);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(synth.Stdout, result.Stdout);
        Assert.DoesNotContain("DO-NOT-PRINT", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bootstrap_settings_error_is_one_line_and_exit_code_2()
    {
        using var fixture = new BootstrapFixture();
        File.WriteAllText(Path.Combine(fixture.Directory, "Pulumi.bootstrap.yaml"), BootstrapFixture.StackFile.Replace("  acme-infra:bootstrap:\n", "  acme-infra:bootstrap:\n    oidcProvider: maybe\n", StringComparison.Ordinal));

        var result = InfraProcess.Run(fixture.Directory, null, "synth", "bootstrap");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Contains("acme-infra:bootstrap.oidcProvider", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void The_plan_lists_every_resource_it_counts_stack_references_included()
    {
        using var fixture = new BootstrapFixture();

        var result = InfraProcess.Run(fixture.Directory, null, "plan", "bootstrap");

        Assert.Equal(0, result.ExitCode);
        var rows = result.Stdout.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal)).Select(l => l.Split('|', StringSplitOptions.TrimEntries)).ToList();
        var providers = rows.SkipWhile(r => r[1] != "Provider").Skip(1).ToList();
        var total = int.Parse(providers.Single(r => r[1] == "total")[4], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(total, providers.Where(r => r[1] != "total").Sum(r => int.Parse(r[4], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Contains(providers, r => r[1] == "pulumi" && r[4] == "2");
        Assert.Contains("| backups-prod-stack ", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Synth_plan_and_check_of_bootstrap_check_it_against_the_app_stack_files_beside_it()
    {
        using var project = new FixtureProject();
        File.WriteAllText(project.StackFilePath("bootstrap"), BootstrapFixture.StackFile + "    heartbeatSecrets: true\n");

        foreach (var verb in new[] { "synth", "plan", "check" })
        {
            var result = InfraProcess.Run(project.Directory, null, verb, "bootstrap");

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("acme-infra:bootstrap.heartbeatSecrets: is true, but no backup stack uses the Better Stack backend", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        }

        File.WriteAllText(project.StackFilePath("bootstrap"), BootstrapFixture.StackFile);
        Assert.Equal(0, InfraProcess.Run(project.Directory, null, "synth", "bootstrap").ExitCode);
    }

    [Fact]
    public void A_secret_left_behind_by_its_setting_is_one_line_that_says_how_to_remove_it()
    {
        using var fixture = new BootstrapFixture();
        File.WriteAllText(Path.Combine(fixture.Directory, "Pulumi.bootstrap.yaml"), BootstrapFixture.StackFile + "    repositorySecrets: [VERCEL_API_TOKEN, SENTRY_READ_TOKEN]\n");

        var result = InfraProcess.Run(fixture.Directory, null, "check", "bootstrap");

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.Contains("acme-infra:CLOUDFLARE_READ_API_TOKEN: a secret no setting references", line, StringComparison.Ordinal);
        Assert.Contains("pulumi config rm --stack bootstrap acme-infra:CLOUDFLARE_READ_API_TOKEN", line, StringComparison.Ordinal);
    }
}
