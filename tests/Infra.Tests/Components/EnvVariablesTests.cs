using Infra.Expressions;
using Infra.Graph;
using Infra.Providers.Random;
using Infra.Providers.Vercel;
using Infra.Stacks.Settings;
using Infra.Tests.Support;
using Xunit;

namespace Infra.Tests.Components;

/// <summary>
/// The app's variables as data (<c>env.*</c>): catalog variables renamed, switched off or
/// retargeted; plain values, passed-through and generated secrets and wired outputs added, each
/// sensitive by its source; every conflict one line.
/// </summary>
public sealed class EnvVariablesTests
{
    private static string WithEnv(string text, string env) => text + $"  {FixtureProject.Name}:env:\n" + env;

    private static IEnumerable<ProjectEnvironmentVariable> Variables(ProgramGraph program) => program.Resources.OfType<ProjectEnvironmentVariable>();

    private static ProjectEnvironmentVariable Variable(ProgramGraph program, string key) =>
        Variables(program).Single(v => v.Inputs()["key"] == new StringLit(key));

    private static bool Has(ProgramGraph program, string key) => Variables(program).Any(v => v.Inputs()["key"] == new StringLit(key));

    private static string[] Targets(ProjectEnvironmentVariable v) => [.. ((ListExpr)v.Inputs()["targets"]!).Items.Select(i => ((StringLit)i).Value)];

    private static ProgramGraph Program(string stack, string env) => FixturePrograms.Program(FixturePrograms.Settings(stack, t => WithEnv(t, env)));

    [Fact]
    public void A_catalog_variable_is_renamed_switched_off_or_retargeted_and_keeps_its_sensitivity()
    {
        var program = Program("staging", """
                catalog:
                  R2_PUBLIC_URL: R2_PUBLIC_CDN_URL
                  NEXTAUTH_URL: off
                  DATABASE_URL: {name: POSTGRES_URL}
                  LOG_LEVEL: {targets: [production]}

            """);

        Assert.False(Has(program, "R2_PUBLIC_URL"));
        Assert.Equal(new StringLit("https://cdn.staging.acme.test"), Variable(program, "R2_PUBLIC_CDN_URL").Inputs()["value"]);
        Assert.False(Has(program, "NEXTAUTH_URL"));
        Assert.Equal(new BoolLit(true), Variable(program, "POSTGRES_URL").Inputs()["sensitive"]);
        Assert.Equal(["production"], Targets(Variable(program, "LOG_LEVEL")));
        Assert.Equal(["production", "preview"], Targets(Variable(program, "NEXT_PUBLIC_APP_URL")));
    }

    [Fact]
    public void A_generated_catalog_secret_switched_off_is_not_generated()
    {
        var program = Program("staging", "    catalog:\n      NEXTAUTH_SECRET: off\n");

        Assert.DoesNotContain(program.Resources.OfType<RandomPassword>(), r => r.Name == "secrets-nextauth-secret");
        Assert.Contains(program.Resources.OfType<RandomPassword>(), r => r.Name == "secrets-session-secret");
    }

    [Fact]
    public void A_pull_request_preview_follows_stagings_renames()
    {
        var program = FixturePrograms.PreviewWith(42, "feature/x", t => WithEnv(t, """
                catalog:
                  DATABASE_URL: POSTGRES_URL
                  NEXTAUTH_URL: off

            """)).Program!;

        Assert.True(Has(program, "POSTGRES_URL"));
        Assert.False(Has(program, "DATABASE_URL"));
        Assert.False(Has(program, "NEXTAUTH_URL"));
        Assert.Equal(new StringLit("feature/x"), Variable(program, "POSTGRES_URL").Inputs()["gitBranch"]);
    }

    [Fact]
    public void Added_variables_are_sensitive_by_source()
    {
        var program = Program("staging", """
                plain:
                  EMAIL_FROM: no-reply@acme.test
                  NEXT_PUBLIC_FLAG: {value: "on", targets: [preview], branch: develop}
                secrets:
                  STRIPE_SECRET_KEY: true
                  STRIPE_WEBHOOK_SECRET: {config: STRIPE_WHSEC, targets: [production]}
                generated:
                  JWT_SECRET: 64
                  ENCRYPTION_KEY: {length: 64, alphabet: hex, rotation: key-1}
                outputs:
                  VERCEL_PROJECT_ID: vercelProjectId
                  CLOUDFLARE_R2_ENDPOINT: r2Endpoint
                  BACKUP_DATABASE_URL: {output: backupDatabaseUrl, targets: [production]}
              acme-infra:STRIPE_SECRET_KEY:
                secure: v1:x
              acme-infra:STRIPE_WHSEC:
                secure: v1:x

            """);

        Assert.Equal(new BoolLit(false), Variable(program, "EMAIL_FROM").Inputs()["sensitive"]);
        Assert.Equal(new StringLit("no-reply@acme.test"), Variable(program, "EMAIL_FROM").Inputs()["value"]);
        Assert.Equal(new StringLit("develop"), Variable(program, "NEXT_PUBLIC_FLAG").Inputs()["gitBranch"]);
        Assert.Equal(["preview"], Targets(Variable(program, "NEXT_PUBLIC_FLAG")));
        Assert.Equal(new BoolLit(true), Variable(program, "STRIPE_SECRET_KEY").Inputs()["sensitive"]);
        Assert.Equal(new Ref("STRIPE_WHSEC"), Variable(program, "STRIPE_WEBHOOK_SECRET").Inputs()["value"]);
        Assert.Contains(program.Config, c => c.Name == "STRIPE_WHSEC" && c.Secret);
        Assert.Equal(new BoolLit(true), Variable(program, "JWT_SECRET").Inputs()["sensitive"]);
        Assert.Equal(new Ref("env-jwt-secret", "result"), Variable(program, "JWT_SECRET").Inputs()["value"]);
        Assert.Equal(new BoolLit(false), Variable(program, "VERCEL_PROJECT_ID").Inputs()["sensitive"]);
        Assert.Equal(new StringLit("https://0123456789abcdef0123456789abcdef.r2.cloudflarestorage.com"), Variable(program, "CLOUDFLARE_R2_ENDPOINT").Inputs()["value"]);
        Assert.Equal(new BoolLit(true), Variable(program, "BACKUP_DATABASE_URL").Inputs()["sensitive"]);

        var hex = program.Resources.OfType<RandomPassword>().Single(r => r.Name == "env-encryption-key").Inputs();
        Assert.Equal(new BoolLit(false), hex["upper"]);
        Assert.Equal(new BoolLit(false), hex["lower"]);
        Assert.Equal(new StringLit("abcdef"), hex["overrideSpecial"]);
        Assert.Equal(new BoolLit(true), hex["special"]);
    }

    [Theory]
    [InlineData("plain:\n      DATABASE_URL: x\n", "env.plain.DATABASE_URL", "already sent by Infra's catalog")]
    [InlineData("catalog:\n      R2_PUBLIC_URL: DATABASE_URL\n", "env.catalog.R2_PUBLIC_URL", "which Infra's catalog (DATABASE_URL) already sends")]
    [InlineData("catalog:\n      NOT_OURS: off\n", "env.catalog.NOT_OURS", "is not a variable of Infra's catalog")]
    [InlineData("plain:\n      lower_case: x\n", "env.plain.lower_case", "is not a variable name; expected an environment variable name in UPPER_SNAKE_CASE; write LOWER_CASE")]
    [InlineData("plain:\n      EMAIL_FROM:\n        secure: v1:x\n", "env.plain.EMAIL_FROM", "move it to env.secrets")]
    [InlineData("plain:\n      EMAIL_FROM: {value: x, target: [preview]}\n", "env.plain.EMAIL_FROM.target", "expected value, targets, branch")]
    [InlineData("plain:\n      EMAIL_FROM: {value: x, targets: [staging]}\n", "env.plain.EMAIL_FROM.targets", "production, preview, development")]
    [InlineData("plain:\n      EMAIL_FROM: {value: x, branch: develop}\n", "env.plain.EMAIL_FROM.branch", "previews only")]
    [InlineData("secrets:\n      MISSING_KEY: true\n", "MISSING_KEY", "pulumi config set --secret")]
    [InlineData("generated:\n      JWT_SECRET: {length: 64, targets: [development]}\n", "env.generated.JWT_SECRET", "refuses a sensitive variable in development")]
    [InlineData("generated:\n      JWT_SECRET: 8\n", "env.generated.JWT_SECRET", "a length from 16 to 256")]
    [InlineData("generated:\n      JWT_SECRET: {alphabet: base32}\n", "env.generated.JWT_SECRET.alphabet", "hex")]
    [InlineData("outputs:\n      X: notAnOutput\n", "env.outputs.X", "a stack output, one of")]
    public void Each_problem_is_one_line_naming_the_key(string env, string key, string message)
    {
        var errors = FixturePrograms.Errors("staging", t => WithEnv(t, "    " + env));

        var error = Assert.Single(errors);
        Assert.Equal($"{FixtureProject.Name}:{key}", error.Location);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lower_case_secret_is_one_line_and_its_secret_is_not_reported_as_unknown()
    {
        var errors = FixturePrograms.Errors("staging", t => WithEnv(t, "    secrets:\n      clerk_secret_key: true\n") + $"  {FixtureProject.Name}:CLERK_SECRET_KEY:\n    secure: v1:x\n");

        Assert.Contains("write CLERK_SECRET_KEY", Assert.Single(errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void In_production_a_sensitive_variable_never_reaches_previews()
    {
        var errors = FixturePrograms.Errors("prod", t => WithEnv(t, "    generated:\n      JWT_SECRET: {length: 64, targets: [production, preview]}\n"));

        Assert.Contains("production's previews never see production credentials", Assert.Single(errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wired_output_of_a_component_that_is_off_is_one_error()
    {
        var settings = FixturePrograms.Settings("staging", t => WithEnv(t, "    outputs:\n      BACKUP_BUCKET: backupBucket\n").Replace("config:\n", $"config:\n  {FixtureProject.Name}:backups:\n    enabled: false\n", StringComparison.Ordinal));

        var result = Infra.Stacks.Composition.StackComposer.Compose(settings);

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal($"{FixtureProject.Name}:env.outputs.BACKUP_BUCKET", error.Location);
    }

    [Fact]
    public void Settings_without_env_change_nothing() =>
        Assert.Equal(EnvSettings.None, FixturePrograms.Settings("staging").Env);
}
