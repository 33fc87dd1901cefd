using Infra.Graph;
using Infra.Stacks.Composition;
using Infra.Stacks.Settings;
using Xunit;

namespace Infra.Tests.Support;

/// <summary>
/// Builds programs and settings from the tests' own stack files (<see cref="RepoPaths.FixtureProject"/>,
/// project <c>orbit-infra</c>) or from YAML text; never from the repository root's stack files.
/// </summary>
internal static class TestStacks
{
    public const string Project = "orbit-infra";

    public static RawConfig Config(string stackFileYaml)
    {
        var (config, errors) = StackFileConfig.Parse(stackFileYaml, Project, "test.yaml");
        Assert.Empty(errors);
        return config!;
    }

    /// <summary>The fixture's <c>Pulumi.&lt;stack&gt;.yaml</c> (prod, staging or bootstrap), parsed.</summary>
    public static RawConfig FixtureConfig(string stack) =>
        Config(File.ReadAllText(Path.Combine(RepoPaths.FixtureProject, $"Pulumi.{stack}.yaml")));

    public static StackSettings Settings(string stack)
    {
        var (settings, errors) = StackSettingsParser.Parse(stack, FixtureConfig(stack));
        Assert.Empty(errors);
        return settings!;
    }

    public static ProgramGraph Program(string stack) => Program(Settings(stack));

    public static ProgramGraph Program(StackSettings settings)
    {
        var result = StackComposer.Compose(settings);
        Assert.Empty(result.Diagnostics);
        return result.Program!;
    }

    /// <summary>
    /// A pull request stack's own config as the pr-stack workflow leaves it: the base stack's provider
    /// config (copied with <c>pulumi config cp</c>) and, when given, its head branch.
    /// </summary>
    public static RawConfig PullRequestConfig(RawConfig baseConfig, string? branch)
    {
        var own = new RawConfig(Project, ConfigMap.Empty, "test") { ProviderConfig = baseConfig.ProviderConfig };
        return branch is null ? own : ConfigOverlay.Apply(own, [("pr.branch", branch)]);
    }

    /// <summary>A pull request's program, from the fixture's staging file plus the head branch.</summary>
    public static ProgramGraph Preview(int number, string branch)
    {
        var staging = FixtureConfig("staging");
        var (settings, errors) = PreviewSettingsParser.Parse($"pr-{number}", staging, PullRequestConfig(staging, branch));
        Assert.Empty(errors);
        var result = PreviewComposer.Compose(settings!);
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        return result.Program!;
    }

    /// <summary>The minimal staging stack file with more <c>neon.*</c> lines (four spaces, <c>key: value</c>).</summary>
    public static string MinimalStagingWithNeon(string neonLines) =>
        MinimalStaging.Replace("    orgId: org-example-12345678\n", "    orgId: org-example-12345678\n" + neonLines.TrimEnd('\n') + "\n", StringComparison.Ordinal);

    /// <summary>A minimal valid staging stack file, for tests that change one setting.</summary>
    public const string MinimalStaging = """
        config:
          orbit-infra:app: orbit
          orbit-infra:domain: staging.orbit.example.test
          orbit-infra:github:
            repository: example/orbit
          orbit-infra:neon:
            plan: scale
            orgId: org-example-12345678
          orbit-infra:cloudflare:
            accountId: 0123456789abcdef0123456789abcdef
            zoneId: fedcba9876543210fedcba9876543210
          orbit-infra:sentry:
            organization: example
          orbit-infra:SENTRY_AUTH_TOKEN:
            secure: v1:c2FsdA==:Y2lwaGVydGV4dA==
          orbit-infra:alerts:
            channelIds:
              p0: C0INCIDENTS
              p1: C00ALERTS0
              newIssues: C0NEWISSUES
              quiet: C0STAGING0
            slackWorkspace: example
            slackTeamId: T0EXAMPLE0
        """;
}
