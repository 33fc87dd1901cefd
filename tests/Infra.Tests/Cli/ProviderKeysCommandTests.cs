using Infra.Tests.Support;
using Xunit;

namespace Infra.Tests.Cli;

/// <summary><c>provider-keys</c>: the provider config keys of a stack file, for the pr-stack workflow's copy.</summary>
public sealed class ProviderKeysCommandTests : IDisposable
{
    private readonly FixtureProject _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void It_lists_every_provider_key_of_the_stack_file_and_no_value()
    {
        var result = InfraProcess.Run(_fixture.Directory, null, "provider-keys", "staging");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stderr);
        var expected = FixtureProject.PlainProviderConfig.Keys.Concat(FixtureProject.SecretProviderKeys).Order(StringComparer.Ordinal);
        Assert.Equal(expected, result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain(FixtureProject.Team, result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("secure", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stack_without_a_file_is_one_error()
    {
        var result = InfraProcess.Run(_fixture.Directory, null, "provider-keys", "qa");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Contains("Pulumi.qa.yaml not found", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }
}
