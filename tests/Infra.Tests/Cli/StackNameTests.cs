using Infra.Tests.Support;
using Xunit;

namespace Infra.Tests.Cli;

/// <summary>
/// A stack name that Pulumi would refuse (spaces, empty, a slash) is one line saying what a stack
/// name may be, exit 2, for every verb that takes a stack (issue 11, item 5).
/// </summary>
public sealed class StackNameTests : IDisposable
{
    private readonly FixtureProject _project = new();

    public void Dispose() => _project.Dispose();

    [Theory]
    [InlineData("synth", "my stack")]
    [InlineData("synth", "")]
    [InlineData("synth", " prod")]
    [InlineData("plan", "my stack")]
    [InlineData("plan", "")]
    [InlineData("check", "my stack")]
    [InlineData("check", "")]
    [InlineData("provider-keys", "my stack")]
    public void A_stack_name_pulumi_refuses_is_one_line_saying_what_a_name_may_be(string verb, string stack)
    {
        var result = InfraProcess.Run(_project.Directory, null, verb, stack);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
        var line = Assert.Single(result.ErrorLines);
        Assert.Contains($"'{stack}'", line, StringComparison.Ordinal);
        Assert.Contains("is not a stack name", line, StringComparison.Ordinal);
        Assert.Contains("letters, digits, hyphens, underscores or periods", line, StringComparison.Ordinal);
        Assert.DoesNotContain("not found", line, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_valid_name_without_a_file_still_names_the_known_stacks()
    {
        var result = InfraProcess.Run(_project.Directory, null, "synth", "qa.eu_1");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("prod, staging", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }
}
