using Infra.Graph;
using Infra.Stacks.Composition;
using Infra.Stacks.Settings;
using Xunit;

namespace Infra.Tests.Support;

/// <summary>Builds programs and settings from the repository's stack files or from YAML text.</summary>
internal static class TestStacks
{
    public const string Project = "luma-infra";

    public static RawConfig Config(string stackFileYaml)
    {
        var (config, errors) = StackFileConfig.Parse(stackFileYaml, Project, "test.yaml");
        Assert.Empty(errors);
        return config!;
    }

    public static RawConfig RepositoryConfig(string stack) =>
        Config(File.ReadAllText(Path.Combine(RepoPaths.Root, $"Pulumi.{stack}.yaml")));

    public static StackSettings Settings(string stack)
    {
        var (settings, errors) = StackSettingsParser.Parse(stack, RepositoryConfig(stack));
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

    /// <summary>A pull request's program, from the repository's staging file plus the head branch.</summary>
    public static ProgramGraph Preview(int number, string branch)
    {
        var staging = RepositoryConfig("staging");
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
          luma-infra:app: luma
          luma-infra:domain: staging.learn.example.com
          luma-infra:github:
            repository: example/luma
          luma-infra:neon:
            plan: scale
            orgId: org-example-12345678
          luma-infra:cloudflare:
            accountId: 0123456789abcdef0123456789abcdef
            zoneId: fedcba9876543210fedcba9876543210
          luma-infra:sentry:
            organization: example
          luma-infra:SENTRY_AUTH_TOKEN:
            secure: v1:c2FsdA==:Y2lwaGVydGV4dA==
          luma-infra:alerts:
            channelIds:
              p0: C0INCIDENTS
              p1: C00ALERTS0
              newIssues: C0NEWISSUES
              quiet: C0STAGING0
            slackWorkspace: example
            slackTeamId: T0EXAMPLE0
        """;
}
