using Infra.Stacks.Settings;
using Infra.Tests.Support;
using Xunit;

namespace Infra.Tests.Settings;

/// <summary>The bootstrap stack's settings: each problem is one error naming its key.</summary>
public sealed class BootstrapSettingsTests
{
    [Fact]
    public void The_fixture_has_its_reviewers_and_the_default_checks()
    {
        var settings = BootstrapFixture.Settings();

        Assert.Equal(("acme", "app"), (settings.Owner, settings.RepositoryName));
        Assert.Equal(["acme-lead", "acme-ops"], settings.Reviewers.ToArray());
        Assert.Equal(BootstrapSettingsParser.DefaultRequiredChecks, settings.RequiredChecks);
        Assert.True(settings.CreateOidcProvider);
    }

    [Theory]
    [InlineData("    reviewers:\n      - acme-lead\n      - acme-ops\n", "", "acme-infra:bootstrap.reviewers", "required setting is missing")]
    [InlineData("      - acme-ops\n", "      - not a login\n", "acme-infra:bootstrap.reviewers[1]", "GitHub logins")]
    [InlineData("    stateBackendUrl: s3://acme-pulumi-state\n", "    stateBackendUrl: acme-pulumi-state\n", "acme-infra:bootstrap.stateBackendUrl", "state backend URL")]
    [InlineData("    secretsProvider: awskms://alias/acme-pulumi\n", "    secretsProvider: kms\n", "acme-infra:bootstrap.secretsProvider", "secrets provider")]
    [InlineData("    secretsProvider: awskms://alias/acme-pulumi\n", "    secretsProvider: awskms://alias/acme-pulumi\n    oidcProvider: maybe\n", "acme-infra:bootstrap.oidcProvider", "one of create, existing")]
    [InlineData("    secretsProvider: awskms://alias/acme-pulumi\n", "    secretsProvider: awskms://alias/acme-pulumi\n    reviewer: acme-lead\n", "acme-infra:bootstrap.reviewer", "unknown setting")]
    [InlineData("    repository: acme/app\n", "    repository: acme\n", "acme-infra:github.repository", "owner/repo")]
    [InlineData("  github:owner: acme\n", "  github:owner: other\n", "github:owner", "is not the owner")]
    public void Each_problem_is_one_error(string find, string replace, string location, string message)
    {
        var errors = BootstrapFixture.Errors(t => t.Replace(find, replace, StringComparison.Ordinal));

        var error = Assert.Single(errors);
        Assert.Equal(location, error.Location);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void A_settings_key_of_the_app_stacks_is_unknown_here()
    {
        var error = Assert.Single(BootstrapFixture.Errors(t => t + "  acme-infra:domain: app.acme.test\n"));

        Assert.Equal("acme-infra:domain", error.Location);
    }

    [Fact]
    public void A_reviewer_listed_twice_in_another_case_is_one_reviewer()
    {
        var settings = BootstrapFixture.Settings(t => t.Replace("      - acme-ops\n", "      - acme-ops\n      - ACME-LEAD\n", StringComparison.Ordinal));

        Assert.Equal(["acme-lead", "acme-ops"], settings.Reviewers.ToArray());
        Assert.NotNull(BootstrapFixture.Program(t => t.Replace("      - acme-ops\n", "      - acme-ops\n      - ACME-LEAD\n", StringComparison.Ordinal)));
    }

    [Fact]
    public void Required_checks_can_be_listed()
    {
        var settings = BootstrapFixture.Settings(t => t + "    requiredChecks:\n      - Build, test, synthesize\n");

        Assert.Equal(["Build, test, synthesize"], settings.RequiredChecks.ToArray());
    }
}
