using System.Text.Json;
using Infra.Expressions;
using Infra.Diff;
using Infra.Graph;
using Infra.Policies;
using Infra.Providers.Vercel;
using Infra.Stacks.Cli;
using Infra.Stacks.Composition;
using Infra.Stacks.Settings;
using Infra.Stacks.Settings.Catalog;
using Infra.Tests.Conformance;
using Infra.Tests.Conformance.TypeCheck;
using Infra.Tests.Support;
using Infra.Writer;
using Json.Schema;
using Xunit;

namespace Infra.Tests.Stacks;

/// <summary>
/// The five apps of the planning documents (../shared/seeds), each declared with settings only as a
/// fixture (tests/Infra.Tests/Fixtures/seeds/&lt;app&gt;): every stack parses, matches its schema,
/// composes, validates against the provider schemas, type-checks and passes the policies, and the
/// app receives its variables under the names its document uses.
/// </summary>
public sealed class SeedAppsTests
{
    private static readonly string Root = RepoPaths.SeedApps;

    public static TheoryData<string, string> Stacks()
    {
        var data = new TheoryData<string, string>();
        foreach (var app in Directory.GetDirectories(Root).Select(Path.GetFileName).Order(StringComparer.Ordinal))
        {
            foreach (var stack in StackLoader.KnownStacks(Path.Combine(Root, app!)))
            {
                data.Add(app!, stack);
            }
        }

        return data;
    }

    [Fact]
    public void There_is_one_fixture_per_planning_document() =>
        Assert.Equal(5, Directory.GetDirectories(Root).Length);

    [Theory]
    [MemberData(nameof(Stacks))]
    public void It_validates_against_its_stack_file_schema(string app, string stack)
    {
        var (project, text) = Read(app, stack);
        var schema = JsonSchema.FromText(StackFileSchema.Generate(project, SettingScope.App));

        Assert.True(schema.Evaluate(JsonSerializer.SerializeToElement(StackFileJson.FromYaml(text))).IsValid, $"{app}/{stack}");
    }

    [Theory]
    [MemberData(nameof(Stacks))]
    public void It_composes_and_passes_conformance_the_type_check_and_the_policies(string app, string stack)
    {
        var (settings, program) = Compose(app, stack);
        Assert.True(RepoPaths.Schemas is not null, RepoPaths.SchemasMissingMessage);

        Assert.Empty(new SchemaValidator(new SchemaSet(RepoPaths.Schemas!)).Validate(program));
        Assert.DoesNotContain(TypeCheckHarness.Checker(TypeCheckOptions.WithInfraRules).Check(program), d => d.IsError);
        var context = new PolicyContext(Production: settings.Tier == Tier.Production, Preview: false);
        Assert.Empty(PolicySet.All.SelectMany(p => p.Check(program, context)));
        Assert.NotNull(ProgramTree.Parse(PulumiYamlWriter.Write(program)).Tree);
    }

    [Theory]
    [InlineData("000-luma-web", "prod", "R2_BUCKET_NAME,NEXT_PUBLIC_SUPABASE_URL,SUPABASE_SERVICE_ROLE_KEY,TRIGGER_API_URL,SUPER_ADMIN_PASSWORD,DATABASE_URL,DIRECT_URL,SENTRY_PROJECT", "R2_PUBLIC_BUCKET,NEXTAUTH_URL,LOG_LEVEL")]
    [InlineData("001-ai-gurus-lms", "prod", "CLOUDFLARE_R2_ACCESS_KEY_ID,CLOUDFLARE_R2_SECRET_ACCESS_KEY,CLOUDFLARE_R2_ENDPOINT,R2_PUBLIC_CDN_URL,R2_PUBLIC_BUCKET,UPSTASH_REDIS_REST_URL,UPSTASH_REDIS_REST_TOKEN,NEXTAUTH_SECRET", "R2_ACCESS_KEY_ID,R2_PUBLIC_URL,SESSION_SECRET")]
    [InlineData("002-centrid", "prod", "DATABASE_URL,SENTRY_DSN,SUPABASE_ANON_KEY,MERCADOPAGO_ACCESS_TOKEN,NEXTAUTH_SECRET,NEXTAUTH_URL", "NEXT_PUBLIC_SENTRY_DSN,R2_ACCOUNT_ID,DIRECT_URL")]
    [InlineData("003-docify", "staging", "NEXT_PUBLIC_BASE_URL,JWT_SECRET,ENCRYPTION_KEY,CLERK_SECRET_KEY,DB_MAX_CONNECTIONS,R2_PUBLIC_BUCKET", "NEXT_PUBLIC_APP_URL,NEXT_PUBLIC_SENTRY_DSN,NEXTAUTH_SECRET")]
    [InlineData("004-ai-study-companion", "prod", "NEXT_PUBLIC_API_URL,JWT_SECRET,INNGEST_SIGNING_KEY,RATE_LIMIT_MAX,DATABASE_URL", "DIRECT_URL,R2_PUBLIC_BUCKET,NEXT_PUBLIC_SENTRY_DSN")]
    public void The_app_gets_the_variables_its_document_names(string app, string stack, string present, string absent)
    {
        var keys = Compose(app, stack).Program.Resources.OfType<ProjectEnvironmentVariable>()
            .Select(v => ((StringLit)v.Inputs()["key"]!).Value).ToHashSet(StringComparer.Ordinal);

        Assert.All(present.Split(','), k => Assert.True(keys.Contains(k), $"{app}/{stack} does not send {k}"));
        Assert.All(absent.Split(','), k => Assert.False(keys.Contains(k), $"{app}/{stack} sends {k}"));
    }

    [Theory]
    [InlineData("000-luma-web", "neon", false)]
    [InlineData("002-centrid", "cloudflare", false)]
    [InlineData("004-ai-study-companion", "sentry", false)]
    [InlineData("004-ai-study-companion", "neon", true)]
    [InlineData("001-ai-gurus-lms", "better-uptime", true)]
    public void Components_are_declared_exactly_where_the_document_uses_them(string app, string package, bool declared) =>
        Assert.Equal(declared, Compose(app, "prod").Program.Resources.Any(r => r.Package == package));

    /// <summary>
    /// What Pulumi runs (the compiler mode, settings from <c>PULUMI_CONFIG</c>, where maps such as
    /// <c>env</c> and <c>import</c> arrive as JSON text) is byte for byte what <c>synth</c> shows offline.
    /// </summary>
    [Theory]
    [MemberData(nameof(Stacks))]
    public void The_compiler_mode_program_is_the_synthesized_one(string app, string stack)
    {
        var (project, text) = Read(app, stack);
        var directory = Path.Combine(Root, app);
        var environment = new Dictionary<string, string>
        {
            ["PULUMI_STACK"] = stack,
            ["PULUMI_PROJECT"] = project,
            ["PULUMI_ORGANIZATION"] = "acme",
            ["PULUMI_CONFIG"] = PulumiConfigJson.FromStackFile(text),
        };

        var compiled = InfraProcess.Run(directory, environment);
        var synthesized = InfraProcess.Run(directory, null, "synth", stack);

        Assert.True(compiled.ExitCode == 0, compiled.Stderr);
        Assert.Equal(synthesized.Stdout, compiled.Stdout);
        Assert.DoesNotContain("DO-NOT-PRINT", compiled.Stdout + compiled.Stderr, StringComparison.Ordinal);
    }

    private static (string Project, string Text) Read(string app, string stack)
    {
        var (project, problem) = ProjectFile.ReadName(Path.Combine(Root, app));
        Assert.True(project is not null, problem);
        return (project!, File.ReadAllText(Path.Combine(Root, app, $"Pulumi.{stack}.yaml")));
    }

    private static (StackSettings Settings, ProgramGraph Program) Compose(string app, string stack)
    {
        var (project, text) = Read(app, stack);
        var (config, errors) = StackFileConfig.Parse(text, project, $"Pulumi.{stack}.yaml");
        Assert.True(config is not null && errors.Count == 0, string.Join("\n", errors));
        var (settings, problems) = StackSettingsParser.Parse(stack, config!);
        Assert.True(settings is not null, $"{app}/{stack}:\n" + string.Join("\n", problems));
        var result = StackComposer.Compose(settings!);
        Assert.True(result.Program is not null && !result.Diagnostics.Any(d => d.IsError), $"{app}/{stack}:\n" + string.Join("\n", result.Diagnostics));
        return (settings!, result.Program!);
    }
}
