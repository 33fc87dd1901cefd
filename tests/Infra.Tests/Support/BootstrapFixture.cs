using Infra.Graph;
using Infra.Stacks.Composition;
using Infra.Stacks.Settings;
using Xunit;

namespace Infra.Tests.Support;

/// <summary>
/// The tests' own <c>bootstrap</c> stack (not the repository's): project <c>acme-infra</c>,
/// repository <c>acme/app</c>, two reviewers; in process, or written to a temporary project directory.
/// </summary>
internal sealed class BootstrapFixture : IDisposable
{
    public const string StackFile = $"""
        config:
          aws:region: {FixtureProject.Region}
          github:owner: acme
          github:token:
            secure: v1:c2FsdA==:Y2lwaGVydGV4dA==
          neon:apiKey:
            secure: v1:c2FsdA==:Y2lwaGVydGV4dA==
          {FixtureProject.Name}:github:
            repository: acme/app
          {FixtureProject.Name}:NEON_API_KEY_STAGING:
            secure: v1:c2FsdA==:Y2lwaGVydGV4dA==
          {FixtureProject.Name}:CLOUDFLARE_API_TOKEN_STAGING:
            secure: v1:c2FsdA==:Y2lwaGVydGV4dA==
          {FixtureProject.Name}:SENTRY_TOKEN_STAGING:
            secure: v1:c2FsdA==:Y2lwaGVydGV4dA==
          {FixtureProject.Name}:NEON_API_KEY_PRODUCTION:
            secure: v1:c2FsdA==:Y2lwaGVydGV4dA==
          {FixtureProject.Name}:CLOUDFLARE_API_TOKEN_PRODUCTION:
            secure: v1:c2FsdA==:Y2lwaGVydGV4dA==
          {FixtureProject.Name}:SENTRY_TOKEN_PRODUCTION:
            secure: v1:c2FsdA==:Y2lwaGVydGV4dA==
          {FixtureProject.Name}:BOOTSTRAP_CONFIG_PASSPHRASE:
            secure: v1:c2FsdA==:Y2lwaGVydGV4dA==
          {FixtureProject.Name}:VERCEL_API_TOKEN:
            secure: v1:c2FsdA==:Y2lwaGVydGV4dA==
          {FixtureProject.Name}:CLOUDFLARE_READ_API_TOKEN:
            secure: v1:c2FsdA==:Y2lwaGVydGV4dA==
          {FixtureProject.Name}:SENTRY_READ_TOKEN:
            secure: v1:c2FsdA==:Y2lwaGVydGV4dA==
          {FixtureProject.Name}:bootstrap:
            reviewers:
              - acme-lead
              - acme-ops
            stateBackendUrl: s3://acme-pulumi-state
            secretsProvider: awskms://alias/acme-pulumi
            # As the Deploy workflow sets it once the app stacks exist (.github/scripts/deployed-stacks.sh).
            deployedStacks:
              - staging
              - prod

        """;

    public BootstrapFixture()
    {
        Directory = Path.Combine(Path.GetTempPath(), "infra-bootstrap-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        File.WriteAllText(Path.Combine(Directory, "Pulumi.yaml"), $"name: {FixtureProject.Name}\nruntime: yaml\n");
        File.WriteAllText(Path.Combine(Directory, "Pulumi.bootstrap.yaml"), StackFile);
    }

    public string Directory { get; }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);

    public static RawConfig Config(Func<string, string>? edit = null)
    {
        var (config, errors) = StackFileConfig.Parse((edit ?? (t => t))(StackFile), FixtureProject.Name, "Pulumi.bootstrap.yaml");
        Assert.Empty(errors);
        return config!;
    }

    public static BootstrapSettings Settings(Func<string, string>? edit = null)
    {
        var (settings, errors) = BootstrapSettingsParser.Parse(Config(edit));
        Assert.True(settings is not null, string.Join("\n", errors));
        return settings!;
    }

    public static IReadOnlyList<Diagnostic> Errors(Func<string, string> edit) => BootstrapSettingsParser.Parse(Config(edit)).Errors;

    public static ProgramGraph Program(Func<string, string>? edit = null)
    {
        var result = BootstrapComposer.Compose(Settings(edit));
        Assert.True(result.Program is not null, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        return result.Program!;
    }
}
