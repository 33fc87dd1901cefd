using Infra.Expressions;
using Infra.Graph;
using Infra.Providers.Cloudflare;
using Infra.Providers.Random;
using Infra.Providers.Sentry;
using Infra.Providers.Vercel;
using Infra.Tests.Support;
using Xunit;

namespace Infra.Tests.Components;

/// <summary>Every value the app needs reaches Vercel through wiring: each variable references the resource it must.</summary>
public sealed class PlatformWiringTests
{
    private static Expr Value(ProgramGraph program, string key) =>
        program.Resources.OfType<ProjectEnvironmentVariable>().Single(v => v.Inputs()["key"] == new StringLit(key)).Inputs()["value"]!;

    private static bool Sensitive(ProgramGraph program, string key) =>
        program.Resources.OfType<ProjectEnvironmentVariable>().Single(v => v.Inputs()["key"] == new StringLit(key)).Inputs()["sensitive"] == new BoolLit(true);

    [Theory]
    [InlineData("prod", "R2_ACCESS_KEY_ID", "r2-token", "id", true)]
    [InlineData("prod", "R2_SECRET_ACCESS_KEY", "r2-secret-access-key", "", true)]
    [InlineData("prod", "R2_PUBLIC_BUCKET", "r2-assets", "name", false)]
    [InlineData("prod", "R2_PRIVATE_BUCKET", "r2-uploads", "name", false)]
    [InlineData("prod", "SENTRY_PROJECT", "sentry-project", "slug", false)]
    [InlineData("prod", "NEXTAUTH_SECRET", "secrets-nextauth-secret", "result", true)]
    [InlineData("prod", "SESSION_SECRET", "secrets-session-secret", "result", true)]
    [InlineData("prod", "CSRF_SECRET", "secrets-csrf-secret", "result", true)]
    [InlineData("prod", "OPENAI_API_KEY", "OPENAI_API_KEY", "", true)]
    [InlineData("prod", "INNGEST_SIGNING_KEY", "INNGEST_SIGNING_KEY", "", true)]
    [InlineData("staging", "R2_SECRET_ACCESS_KEY", "r2-secret-access-key", "", true)]
    [InlineData("staging", "RESEND_API_KEY", "RESEND_API_KEY", "", true)]
    public void Each_variable_references_the_resource_it_must(string stack, string key, string root, string path, bool sensitive)
    {
        var program = TestStacks.Program(stack);

        Assert.Equal(new Ref(root, path), Value(program, key));
        Assert.Equal(sensitive, Sensitive(program, key));
    }

    [Theory]
    [InlineData("prod", "R2_ACCOUNT_ID", "0123456789abcdef0123456789abcdef")]
    [InlineData("prod", "R2_PUBLIC_URL", "https://cdn.orbit.example.test")]
    [InlineData("prod", "SENTRY_ORG", "example")]
    [InlineData("prod", "NEXT_PUBLIC_SENTRY_ENVIRONMENT", "production")]
    [InlineData("prod", "LOG_LEVEL", "info")]
    [InlineData("staging", "NEXT_PUBLIC_SENTRY_ENVIRONMENT", "production")]
    [InlineData("staging", "R2_PUBLIC_URL", "https://cdn.staging.orbit.example.test")]
    [InlineData("staging", "LOG_LEVEL", "debug")]
    public void Plain_values_come_from_settings(string stack, string key, string value) =>
        Assert.Equal(new StringLit(value), Value(TestStacks.Program(stack), key));

    [Fact]
    public void The_r2_secret_is_the_sha256_of_the_token_value_kept_secret()
    {
        var variable = TestStacks.Program("prod").Variables.Single(v => v.Name == "r2-secret-access-key");

        var secret = Assert.IsType<SecretExpr>(variable.Value);
        var invoke = Assert.IsType<InvokeExpr>(secret.Value);
        Assert.Equal("std:index:sha256", invoke.Function);
        Assert.Equal("result", invoke.Return);
        Assert.Equal(new Ref("r2-token", "value"), invoke.Arguments["input"]);
    }

    [Fact]
    public void The_r2_token_is_scoped_to_exactly_the_stacks_two_buckets_for_object_read_and_write()
    {
        var program = TestStacks.Program("staging");
        var token = program.Get<AccountToken>("r2-token");
        var policy = (ObjectExpr)Assert.Single(((ListExpr)token.Inputs()["policies"]!).Items);
        var scope = (ObjectExpr)Assert.IsType<ToJsonExpr>(policy["resources"]).Value;

        Assert.Equal(
            ["com.cloudflare.edge.r2.bucket.0123456789abcdef0123456789abcdef_default_orbit-staging-assets",
             "com.cloudflare.edge.r2.bucket.0123456789abcdef0123456789abcdef_default_orbit-staging-uploads"],
            scope.Properties.Keys);
        Assert.Equal(new StringLit("allow"), policy["effect"]);
        var groups = ((ListExpr)policy["permissionGroups"]!).Items.Select(g => ((ObjectExpr)g)["id"]).ToList();
        Assert.Equal([new Ref("r2-permission-write", "[0].id"), new Ref("r2-permission-read", "[0].id")], groups);
        var lookups = program.Variables.Where(v => v.Name.StartsWith("r2-permission-", StringComparison.Ordinal))
            .Select(v => ((InvokeExpr)v.Value).Arguments["name"]).ToList();
        Assert.Equal([new StringLit("Workers R2 Storage Bucket Item Write"), new StringLit("Workers R2 Storage Bucket Item Read")], lookups);
    }

    [Fact]
    public void Buckets_have_cors_for_the_app_origin_and_lifecycle_rules()
    {
        var program = TestStacks.Program("prod");

        foreach (var role in new[] { "assets", "uploads" })
        {
            var cors = (ObjectExpr)Assert.Single(((ListExpr)program.Get<R2BucketCors>($"r2-{role}-cors").Inputs()["rules"]!).Items);
            var allowed = (ObjectExpr)cors["allowed"]!;
            Assert.Equal(ListExpr.Of("GET", "PUT", "POST", "HEAD"), allowed["methods"]);
            Assert.Equal(ListExpr.Of("https://orbit.example.test"), allowed["origins"]);
            Assert.Equal(new NumberLit(3600), cors["maxAgeSeconds"]);

            var rules = ((ListExpr)program.Get<R2BucketLifecycle>($"r2-{role}-lifecycle").Inputs()["rules"]!).Items.Cast<ObjectExpr>().ToList();
            var abort = (ObjectExpr)((ObjectExpr)rules[0]["abortMultipartUploadsTransition"]!)["condition"]!;
            Assert.Equal(new IntLit(86_400), abort["maxAge"]);
            Assert.Equal(ObjectExpr.From(("prefix", "tmp/")), rules[1]["conditions"]);
            Assert.Equal(new IntLit(7 * 86_400), ((ObjectExpr)((ObjectExpr)rules[1]["deleteObjectsTransition"]!)["condition"]!)["maxAge"]);
        }
    }

    [Fact]
    public void The_public_bucket_is_served_at_the_cdn_hostname_and_the_app_points_at_vercel_unproxied()
    {
        var program = TestStacks.Program("prod");
        var cdn = program.Get<R2CustomDomain>("r2-cdn-domain").Inputs();
        var record = program.Get<DnsRecord>("dns-app").Inputs();

        Assert.Equal(new StringLit("cdn.orbit.example.test"), cdn["domain"]);
        Assert.Equal(new Ref("r2-assets", "name"), cdn["bucketName"]);
        Assert.Equal(new StringLit("orbit.example.test"), record["name"]);
        Assert.Equal(new StringLit("CNAME"), record["type"]);
        Assert.Equal(new Ref("dns-vercel-target"), record["content"]);
        var target = Assert.IsType<InvokeExpr>(program.Variables.Single(v => v.Name == "dns-vercel-target").Value);
        Assert.Equal(("vercel:index/getDomainConfig:getDomainConfig", "recommendedCname"), (target.Function, target.Return));
        Assert.Equal(new Ref("vercel-domain", "projectId"), target.Arguments["projectIdOrName"]);
        Assert.Equal(new BoolLit(false), record["proxied"]);
        Assert.Equal(new NumberLit(1), record["ttl"]);
    }

    [Fact]
    public void Prod_buckets_are_protected_and_retained_and_staging_buckets_are_not()
    {
        foreach (var name in new[] { "r2-assets", "r2-uploads", "backups-bucket" })
        {
            var prod = TestStacks.Program("prod").FindResource(name)!;
            var staging = TestStacks.Program("staging").FindResource(name)!;
            Assert.True(prod.Options.Protect && prod.Options.RetainOnDelete, name);
            Assert.False(staging.Options.Protect || staging.Options.RetainOnDelete, name);
        }
    }

    [Fact]
    public void Generated_secrets_rotate_with_the_keeper_setting()
    {
        var settings = TestStacks.Settings("prod");
        var before = TestStacks.Program(settings).Get<RandomPassword>("secrets-session-secret").Inputs();
        var after = TestStacks.Program(settings with { Secrets = settings.Secrets with { Rotation = "2027-01" } }).Get<RandomPassword>("secrets-session-secret").Inputs();

        Assert.Equal(ObjectExpr.From(("rotation", "2026-11")), before["keepers"]);
        Assert.Equal(ObjectExpr.From(("rotation", "2027-01")), after["keepers"]);
        Assert.Equal(new IntLit(48), before["length"]);
    }

    [Fact]
    public void Passed_through_keys_are_declared_secret_config_never_values()
    {
        var program = TestStacks.Program("prod");

        Assert.Equal(["alertWebhookUrl", "OPENAI_API_KEY", "RESEND_API_KEY", "TRIGGER_SECRET_KEY", "INNGEST_SIGNING_KEY", "SENTRY_AUTH_TOKEN"], program.Config.Select(c => c.Name));
        Assert.All(program.Config, c => Assert.True(c.Secret));
    }

    [Fact]
    public void The_sentry_project_belongs_to_the_apps_team()
    {
        var prod = TestStacks.Program("prod");
        var staging = TestStacks.Program("staging");

        Assert.NotNull(prod.FindResource("sentry-team"));
        Assert.Null(staging.FindResource("sentry-team"));
        var lookup = Assert.IsType<InvokeExpr>(staging.Variables.Single(v => v.Name == "sentry-team").Value);
        Assert.Equal("sentry:index/getTeam:getTeam", lookup.Function);
        Assert.Equal(new StringLit("orbit"), lookup.Arguments["slug"]);

        var project = staging.Get<SentryProject>("sentry-project").Inputs();
        Assert.Equal(new StringLit("orbit-staging"), project["slug"]);
        Assert.Equal(new StringLit("javascript-nextjs"), project["platform"]);
        Assert.Equal(ListExpr.Of(new Ref("sentry-team", "slug")), project["teams"]);
    }
}
