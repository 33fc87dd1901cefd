using Infra.Expressions;
using Infra.Graph;
using Infra.Providers.Cloudflare;
using Infra.Tests.Support;
using Xunit;

namespace Infra.Tests.Components;

/// <summary>R2 on the tests' own fixture project: previews can use staging's buckets, their objects expire, r2.dev is off, production's public surface is protected.</summary>
public sealed class R2StorageTests
{
    private static readonly Lazy<ProgramGraph> Prod = new(() => FixturePrograms.Program("prod"));
    private static readonly Lazy<ProgramGraph> Staging = new(() => FixturePrograms.Program("staging"));

    private static ObjectExpr Inputs(ProgramGraph program, string name) => program.FindResource(name)!.Inputs();

    private static ListExpr Origins(ProgramGraph program, string bucket)
    {
        var rule = (ObjectExpr)((ListExpr)Inputs(program, $"r2-{bucket}-cors")["rules"]!).Items[0];
        return (ListExpr)((ObjectExpr)rule["allowed"]!)["origins"]!;
    }

    [Theory]
    [InlineData("assets")]
    [InlineData("uploads")]
    public void Staging_allows_any_origin_for_its_previews_and_production_only_its_own(string bucket)
    {
        Assert.Equal(ListExpr.Of("*"), Origins(Staging.Value, bucket));
        Assert.Equal(ListExpr.Of("https://app.acme.test"), Origins(Prod.Value, bucket));
    }

    [Fact]
    public void A_wildcard_origin_in_a_stack_without_previews_is_one_error()
    {
        var errors = FixturePrograms.Errors("prod", t => t.Replace("    zoneId: fedcba9876543210fedcba9876543210\n", "    zoneId: fedcba9876543210fedcba9876543210\n  acme-infra:r2:\n    corsOrigins: ['*']\n", StringComparison.Ordinal));

        Assert.Equal("acme-infra:r2.corsOrigins[0]", Assert.Single(errors).Location);
    }

    [Fact]
    public void Pull_request_objects_expire_in_staging_and_the_setting_is_refused_without_previews()
    {
        var rules = ((ListExpr)Inputs(Staging.Value, "r2-uploads-lifecycle")["rules"]!).Items.Cast<ObjectExpr>().ToList();
        var rule = rules.Single(r => r["id"] == new StringLit("expire-pull-request-objects"));

        Assert.Equal(new StringLit("pr-"), ((ObjectExpr)rule["conditions"]!)["prefix"]);
        Assert.Equal(new IntLit(30 * 86_400), ((ObjectExpr)((ObjectExpr)rule["deleteObjectsTransition"]!)["condition"]!)["maxAge"]);
        Assert.DoesNotContain(((ListExpr)Inputs(Prod.Value, "r2-uploads-lifecycle")["rules"]!).Items.Cast<ObjectExpr>(), r => r["id"] == new StringLit("expire-pull-request-objects"));
        var errors = FixturePrograms.Errors("prod", t => t.Replace("    zoneId: fedcba9876543210fedcba9876543210\n", "    zoneId: fedcba9876543210fedcba9876543210\n  acme-infra:r2:\n    previewObjectDays: 7\n", StringComparison.Ordinal));
        Assert.Contains("does nothing", Assert.Single(errors).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("prod")]
    [InlineData("staging")]
    public void The_r2_dev_url_of_every_bucket_is_pinned_off(string stack)
    {
        var program = stack == "prod" ? Prod.Value : Staging.Value;

        var managed = program.Resources.OfType<R2ManagedDomain>().ToList();

        Assert.Equal(2, managed.Count);
        Assert.All(managed, m => Assert.Equal(new BoolLit(false), m.Inputs()["enabled"]));
    }

    [Fact]
    public void Productions_cdn_domain_dns_record_and_token_are_protected_and_retained()
    {
        foreach (var name in new[] { "r2-cdn-domain", "dns-app", "r2-token" })
        {
            var options = Prod.Value.FindResource(name)!.Options;
            Assert.True(options.Protect && options.RetainOnDelete, name);
        }

        Assert.False(Staging.Value.FindResource("r2-token")!.Options.Protect);
    }

    [Fact]
    public void The_token_permission_lookups_are_scoped_to_buckets()
    {
        foreach (var name in new[] { "r2-permission-write", "r2-permission-read" })
        {
            var lookup = Assert.IsType<InvokeExpr>(Prod.Value.Variables.Single(v => v.Name == name).Value);
            Assert.Equal(new StringLit("com.cloudflare.edge.r2.bucket"), lookup.Arguments["scope"]);
        }
    }
}
