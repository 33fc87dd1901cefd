using Infra.Tests.Support;
using Xunit;

namespace Infra.Tests.Cli;

/// <summary><c>infra check &lt;stack&gt; --base &lt;program&gt;</c>: a change that would replace the database fails the check.</summary>
public sealed class CheckCommandTests
{
    [Fact]
    public void A_change_that_replaces_the_neon_project_fails_the_check_with_the_runbook()
    {
        using var fixture = new FixtureProject();
        var basePath = Path.Combine(fixture.Directory, "base-staging.yaml");
        Assert.Equal(0, InfraProcess.Run(fixture.Directory, null, "synth", "staging", "-o", basePath).ExitCode);

        var result = InfraProcess.Run(fixture.Directory, null, "check", "staging", "--base", basePath, "--config", "neon.pgVersion=18");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.Stdout.Split('\n'), l =>
            l.StartsWith("error INF301: neon-project: changes pgVersion (17 -> 18)", StringComparison.Ordinal)
            && l.EndsWith("docs/runbooks/database-migration.md, *Moving to a new Neon project*", StringComparison.Ordinal));
        Assert.Contains("FAIL INF301/INF302", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_risky_change_the_check_passes()
    {
        using var fixture = new FixtureProject();
        var basePath = Path.Combine(fixture.Directory, "base-prod.yaml");
        Assert.Equal(0, InfraProcess.Run(fixture.Directory, null, "synth", "prod", "-o", basePath).ExitCode);

        var result = InfraProcess.Run(fixture.Directory, null, "check", "prod", "--base", basePath, "--config", "neon.historyRetentionDays=3");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("ok   INF301/INF302", result.Stdout, StringComparison.Ordinal);
    }
}
