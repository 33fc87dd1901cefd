using Infra.Expressions;
using Infra.Graph;
using Infra.Providers.Cloudflare;
using Infra.Providers.Sentry;
using Infra.Providers.Vercel;
using Infra.Stacks.Cli;
using Infra.Stacks.Composition;
using Infra.Tests.Support;
using Xunit;

namespace Infra.Tests.Components;

/// <summary>
/// Components a team's app may not have (R2, Sentry, Cloudflare DNS, Neon) switched off by settings,
/// and the names of what is declared; a setting that would do nothing is one error.
/// </summary>
public sealed class OptionalComponentsTests
{
    private const string Ns = FixtureProject.Name;

    private static string Without(string text, params string[] lines) =>
        lines.Aggregate(text, (t, line) => t.Replace(line + "\n", "", StringComparison.Ordinal));

    private static string Add(string text, string yaml) => text + yaml;

    private static bool HasVariable(ProgramGraph program, string key) =>
        program.Resources.OfType<ProjectEnvironmentVariable>().Any(v => v.Inputs()["key"] == new StringLit(key));

    [Fact]
    public void Without_r2_there_is_no_bucket_token_cdn_or_r2_variable()
    {
        var program = FixturePrograms.Program(FixturePrograms.Settings("staging", t => Add(
            Without(t, "    accountId: 0123456789abcdef0123456789abcdef"), $"  {Ns}:r2:\n    enabled: false\n")));

        Assert.Empty(program.Resources.Where(r => r.Type.StartsWith("cloudflare:index/r2", StringComparison.Ordinal)));
        Assert.Empty(program.Resources.OfType<AccountToken>());
        Assert.DoesNotContain(program.Resources.OfType<ProjectEnvironmentVariable>(), v => v.Inputs()["key"] is StringLit { Value: var k } && k.StartsWith("R2_", StringComparison.Ordinal));
        Assert.DoesNotContain(program.Outputs, o => o.Name is "r2PublicBucket" or "cdnUrl" or "r2Endpoint");
        Assert.Single(program.Resources.OfType<DnsRecord>());
    }

    [Fact]
    public void Without_r2_a_pull_request_gets_no_key_prefix()
    {
        var program = FixturePrograms.PreviewWith(7, "feature/x", t => Add(Without(t, "    accountId: 0123456789abcdef0123456789abcdef"), $"  {Ns}:r2:\n    enabled: false\n")).Program!;

        Assert.False(HasVariable(program, "R2_KEY_PREFIX"));
        Assert.DoesNotContain(program.Outputs, o => o.Name == "r2KeyPrefix");
    }

    [Fact]
    public void An_r2_setting_without_r2_does_nothing_and_is_one_error()
    {
        var errors = FixturePrograms.Errors("staging", t => Add(t, $"  {Ns}:r2:\n    enabled: false\n    locationHint: weur\n"));

        Assert.Equal([$"{Ns}:cloudflare.accountId", $"{Ns}:r2.locationHint"], errors.Select(e => e.Location).Order(StringComparer.Ordinal));
        Assert.All(errors, e => Assert.Contains("does nothing: r2.enabled is false", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Without_sentry_there_is_no_sentry_resource_variable_or_token()
    {
        var settings = FixturePrograms.Settings("prod", t => Add(
            t.Replace($"  {Ns}:sentry:\n    organization: acme\n", "", StringComparison.Ordinal)
                .Replace($"  {Ns}:SENTRY_AUTH_TOKEN:\n    secure: v1:c2FsdA==:Y2lwaGVydGV4dA==\n", "", StringComparison.Ordinal),
            $"  {Ns}:sentry:\n    enabled: false\n"));
        var program = FixturePrograms.Program(settings);

        Assert.Empty(program.Resources.Where(r => r.Package == "sentry"));
        Assert.False(HasVariable(program, "NEXT_PUBLIC_SENTRY_DSN"));
        Assert.False(HasVariable(program, "SENTRY_AUTH_TOKEN"));
        Assert.DoesNotContain(program.Config, c => c.Name == "SENTRY_AUTH_TOKEN");
    }

    [Fact]
    public void With_external_dns_the_records_are_an_output_and_in_the_plan()
    {
        var settings = FixturePrograms.Settings("prod", t => Add(t, $"  {Ns}:dns:\n    provider: external\n  {Ns}:r2:\n    cdnHost: assets.acmecdn.test\n"));
        var program = FixturePrograms.Program(settings);

        Assert.Empty(program.Resources.OfType<DnsRecord>());
        var records = Assert.IsType<ListExpr>(program.Outputs.Single(o => o.Name == "dnsRecords").Value);
        Assert.Equal(new StringLit("app.acme.test"), ((ObjectExpr)records.Items[0])["name"]);
        Assert.Contains("DNS records to create by hand", PlanTable.Render(program, "prod"), StringComparison.Ordinal);
        Assert.Contains("| CNAME | app.acme.test |", PlanTable.Render(program, "prod").Replace("  ", " ", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void With_external_dns_an_apex_domain_gets_a_records()
    {
        var program = FixturePrograms.Program(FixturePrograms.Settings("prod", t => Add(
            t.Replace("app.acme.test", "acme.test", StringComparison.Ordinal), $"  {Ns}:dns:\n    provider: external\n  {Ns}:r2:\n    enabled: false\n").Replace($"  {Ns}:cloudflare:\n    accountId: 0123456789abcdef0123456789abcdef\n    zoneId: fedcba9876543210fedcba9876543210\n", "", StringComparison.Ordinal)));

        var record = (ObjectExpr)((ListExpr)program.Outputs.Single(o => o.Name == "dnsRecords").Value).Items[0];
        Assert.Equal(new StringLit("A"), record["type"]);
        Assert.Equal(new Ref("dns-vercel-ipv4s"), record["values"]);
    }

    [Fact]
    public void With_external_dns_a_cdn_host_under_the_apps_domain_is_refused()
    {
        var errors = FixturePrograms.Errors("prod", t => Add(t, $"  {Ns}:dns:\n    provider: external\n"));

        var error = Assert.Single(errors);
        Assert.Equal($"{Ns}:r2.cdnHost", error.Location);
        Assert.Contains("needs a Cloudflare zone", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_external_database_is_two_secret_urls_and_no_neon_resource()
    {
        var program = FixturePrograms.Program(FixturePrograms.Settings("staging", t => Add(
            Without(t, $"  {Ns}:neon:", "    plan: launch", "    orgId: org-acme-12345678"),
            $"  {Ns}:database:\n    provider: external\n  {Ns}:DATABASE_URL:\n    secure: v1:x\n  {Ns}:DIRECT_URL:\n    secure: v1:x\n")));

        Assert.Empty(program.Resources.Where(r => r.Package == "neon"));
        var url = program.Resources.OfType<ProjectEnvironmentVariable>().Single(v => v.Inputs()["key"] == new StringLit("DATABASE_URL")).Inputs();
        Assert.Equal(new Ref("DATABASE_URL"), url["value"]);
        Assert.Equal(new BoolLit(true), url["sensitive"]);
        Assert.Contains(program.Config, c => c.Name == "DIRECT_URL" && c.Secret);
        Assert.Equal(new Ref("DIRECT_URL"), program.Outputs.Single(o => o.Name == "backupDatabaseUrl").Value);
    }

    [Fact]
    public void An_external_database_needs_its_secrets_and_refuses_neon_settings()
    {
        var errors = FixturePrograms.Errors("staging", t => Add(t, $"  {Ns}:database:\n    provider: external\n"));

        Assert.Contains(errors, e => e.Location == $"{Ns}:DATABASE_URL" && e.Message.Contains("pulumi config set --secret", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Location == $"{Ns}:DIRECT_URL");
        Assert.Contains(errors, e => e.Location == $"{Ns}:neon.plan" && e.Message.Contains("database.provider is external", StringComparison.Ordinal));
    }

    [Fact]
    public void A_pull_request_on_an_external_database_gets_no_branch()
    {
        var program = FixturePrograms.PreviewWith(7, "feature/x", t => Add(
            Without(t, $"  {Ns}:neon:", "    plan: launch", "    orgId: org-acme-12345678"),
            $"  {Ns}:database:\n    provider: external\n  {Ns}:DATABASE_URL:\n    secure: v1:x\n  {Ns}:DIRECT_URL:\n    secure: v1:x\n")).Program!;

        Assert.Empty(program.Resources.Where(r => r.Package == "neon"));
        Assert.False(HasVariable(program, "DATABASE_URL"));
        Assert.True(HasVariable(program, "NEXT_PUBLIC_APP_URL"));
    }

    [Fact]
    public void Names_are_settings()
    {
        var program = FixturePrograms.Program(FixturePrograms.Settings("prod", t => Add(t, $$"""
              {{Ns}}:vercel:
                projectName: acme-web
              {{Ns}}:r2:
                publicBucketName: acme-public
                privateBucketName: acme-private
                cdnHost: assets.acme.test

            """).Replace($"  {Ns}:neon:\n", $"  {Ns}:neon:\n    projectName: acme-db\n    databaseName: acme\n    roleName: acme_app\n", StringComparison.Ordinal)
            .Replace("    organization: acme\n", "    organization: acme\n    projectSlug: acme-web\n", StringComparison.Ordinal)));

        Assert.Equal(new StringLit("acme-web"), program.Resources.OfType<Infra.Providers.Vercel.Project>().Single().Inputs()["name"]);
        Assert.Contains(program.Resources.OfType<R2Bucket>(), b => b.Inputs()["name"] == new StringLit("acme-public"));
        Assert.Contains(program.Resources.OfType<R2Bucket>(), b => b.Inputs()["name"] == new StringLit("acme-private"));
        Assert.Equal(new StringLit("assets.acme.test"), program.Resources.OfType<R2CustomDomain>().Single().Inputs()["domain"]);
        Assert.Equal(new StringLit("acme-db"), program.Resources.OfType<Infra.Providers.Neon.Project>().Single().Inputs()["name"]);
        Assert.Equal(new StringLit("acme-web"), program.Resources.OfType<SentryProject>().Single().Inputs()["slug"]);
        Assert.Equal(new StringLit("acme"), program.Outputs.Single(o => o.Name == "neonDatabaseName").Value);
    }

    [Fact]
    public void Slack_channels_without_sentry_or_aws_alarms_do_nothing()
    {
        var errors = FixturePrograms.Errors("prod", t => t.Replace($"  {Ns}:sentry:\n    organization: acme\n", $"  {Ns}:sentry:\n    enabled: false\n", StringComparison.Ordinal)
            .Replace($"  {Ns}:SENTRY_AUTH_TOKEN:\n    secure: v1:c2FsdA==:Y2lwaGVydGV4dA==\n", "", StringComparison.Ordinal)
            + $"  {Ns}:uptime:\n    enabled: false\n  {Ns}:backups:\n    enabled: false\n");

        Assert.Contains(errors, e => e.Location == $"{Ns}:alerts.channelIds.p0" && e.Message.Contains("nothing here posts to these channels", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Location == $"{Ns}:alerts.slackWorkspace");
    }

    [Theory]
    [InlineData("  acme-infra:uptime:\n    enabled: false\n    checks: [/]\n", "acme-infra:uptime.checks", "uptime.enabled is false")]
    [InlineData("  acme-infra:uptime:\n    slowSeconds: 9\n    backend: betterstack\n", "acme-infra:alerts.emails", "uptime.backend is betterstack")]
    [InlineData("  acme-infra:backups:\n    enabled: false\n    dailyDays: 3\n", "acme-infra:backups.dailyDays", "backups.enabled is false")]
    public void A_setting_that_does_nothing_is_an_error(string yaml, string key, string reason)
    {
        var errors = FixturePrograms.Errors("prod", t => t + yaml);

        Assert.Contains(errors, e => e.Location == key && e.Message.Contains("does nothing: " + reason, StringComparison.Ordinal));
    }
}
