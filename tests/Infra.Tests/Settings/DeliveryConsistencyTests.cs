using Infra.Components;
using Infra.Stacks.Settings;
using Infra.Tests.Support;
using Xunit;

namespace Infra.Tests.Settings;

/// <summary>
/// The bootstrap stack's secrets and keys agree with the app stacks (the tests' own acme-infra project):
/// nothing a preview or drift needs is left to set by hand, nothing nobody uses is asked for.
/// </summary>
public sealed class DeliveryConsistencyTests
{
    private static readonly Lazy<StackSettings> Prod = new(() => FixturePrograms.Settings("prod"));
    private static readonly Lazy<StackSettings> Staging = new(() => FixturePrograms.Settings("staging"));

    private static IReadOnlyList<Infra.Graph.Diagnostic> Check(Func<string, string>? bootstrap = null, Func<StackSettings, StackSettings>? app = null)
    {
        app ??= s => s;
        return DeliveryConsistency.Check(BootstrapFixture.Settings(bootstrap), [("prod", app(Prod.Value)), ("staging", app(Staging.Value))]);
    }

    [Fact]
    public void The_fixtures_bootstrap_agrees_with_its_app_stacks() => Assert.Empty(Check());

    [Fact]
    public void A_stack_with_a_neon_project_needs_its_key_and_one_without_cannot_have_one()
    {
        var lacking = Assert.Single(Check(t => t + "    neonStacks: [staging]\n"));
        Assert.Equal("acme-infra:bootstrap.neonStacks", lacking.Location);
        Assert.Contains("lacks prod", lacking.Message, StringComparison.Ordinal);

        var external = Check(app: s => s with { ExternalDatabase = true });
        Assert.Equal(2, external.Count);
        Assert.All(external, e => Assert.Contains("database.provider: external", e.Message, StringComparison.Ordinal));

        var unknown = Assert.Single(Check(t => t + "    neonStacks: [staging, prod, qa]\n"));
        Assert.Contains("no stack file Pulumi.qa.yaml", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_read_credential_is_asked_for_exactly_when_a_stack_uses_its_provider()
    {
        var withoutSentry = Check(app: s => s with { Sentry = s.Sentry with { Enabled = false } });
        Assert.Contains("lists SENTRY_READ_TOKEN", Assert.Single(withoutSentry).Message, StringComparison.Ordinal);

        var betterStack = Check(app: s => s with { Uptime = s.Uptime with { Backend = MonitorBackend.BetterStack } });
        Assert.Contains(betterStack, e => e.Message.Contains("lacks BETTERUPTIME_API_TOKEN", StringComparison.Ordinal));
        Assert.Contains(betterStack, e => e.Location == "acme-infra:bootstrap.heartbeatSecrets" && e.Message.Contains("set it to true", StringComparison.Ordinal));

        var missingVercel = Assert.Single(Check(t => t.Replace("  acme-infra:VERCEL_API_TOKEN:\n    secure: v1:c2FsdA==:Y2lwaGVydGV4dA==\n", "", StringComparison.Ordinal)
            + "    repositorySecrets: [CLOUDFLARE_READ_API_TOKEN, SENTRY_READ_TOKEN]\n"));
        Assert.Contains("lacks VERCEL_API_TOKEN", missingVercel.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Heartbeat_secrets_without_the_better_stack_backend_are_an_error_also_before_any_stack_is_deployed()
    {
        Assert.Contains("set it to false", Assert.Single(Check(t => t + "    heartbeatSecrets: true\n")).Message, StringComparison.Ordinal);
        Assert.Contains("set it to false", Assert.Single(Check(t => t.Replace("    deployedStacks:\n      - staging\n      - prod\n", "", StringComparison.Ordinal) + "    heartbeatSecrets: true\n")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_stack_the_backup_workflows_run_is_a_backup_stack_and_no_other()
    {
        var lacking = Assert.Single(Check(t => t + "    backupStacks: [prod]\n"));
        Assert.Equal("acme-infra:bootstrap.backupStacks", lacking.Location);
        Assert.Contains("lacks staging", lacking.Message, StringComparison.Ordinal);

        var without = Check(app: s => s with { Backups = s.Backups with { Enabled = false } });
        Assert.Equal(2, without.Count);
        Assert.All(without, e => Assert.Contains("has no backups (backups.enabled: false)", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void One_stack_creates_the_accounts_oidc_provider()
    {
        var two = Assert.Single(Check(app: s => s with { Backups = s.Backups with { CreateOidcProvider = true } }));
        Assert.Equal("acme-infra:bootstrap.oidcProvider", two.Location);
        Assert.Contains("the bootstrap stack and prod and staging all create the account's GitHub OIDC provider", two.Message, StringComparison.Ordinal);

        // An app stack that creates it while the bootstrap stack looks it up is one creator.
        Assert.Empty(DeliveryConsistency.Check(BootstrapFixture.Settings(t => t + "    oidcProvider: existing\n"),
            [("prod", Prod.Value with { Backups = Prod.Value.Backups with { CreateOidcProvider = true } }), ("staging", Staging.Value)]));
    }
}
