using Infra.Tests.Support;
using Xunit;

namespace Infra.Tests.Settings;

/// <summary>A key written without <c>--path</c> (<c>acme-infra:neon.region</c>) is refused, never dropped.</summary>
public sealed class FlatKeyTests
{
    [Fact]
    public void A_flat_dotted_key_is_one_error_naming_the_command_that_fixes_it()
    {
        var errors = FixturePrograms.Errors("staging", t => t + "  acme-infra:neon.region: aws-eu-central-1\n");

        var error = Assert.Single(errors);
        Assert.Equal("acme-infra:neon.region", error.Location);
        Assert.Contains("pulumi config set --path acme-infra:neon.region", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_flat_dotted_key_next_to_its_nested_setting_is_still_refused()
    {
        var errors = FixturePrograms.Errors("staging", t => t.Replace("  acme-infra:sentry:\n", "  acme-infra:sentry.organization: other\n  acme-infra:sentry:\n", StringComparison.Ordinal));

        Assert.Equal("acme-infra:sentry.organization", Assert.Single(errors).Location);
    }
}
