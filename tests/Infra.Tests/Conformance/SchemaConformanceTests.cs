using Infra.Expressions;
using Infra.Graph;
using Infra.Model;
using Infra.Providers;
using Infra.Stacks.Composition;
using Infra.Tests.Support;
using Xunit;

namespace Infra.Tests.Conformance;

/// <summary>Every resource and invoke of every synthesized program validates against ../shared/provider-schemas.</summary>
public sealed class SchemaConformanceTests
{
    private static SchemaValidator Validator()
    {
        var directory = RepoPaths.Schemas;
        Assert.True(directory is not null, RepoPaths.SchemasMissingMessage);
        return new SchemaValidator(new SchemaSet(directory!));
    }

    [Theory]
    [InlineData("prod")]
    [InlineData("staging")]
    public void Every_resource_of_the_stack_validates(string stack)
    {
        var problems = Validator().Validate(TestStacks.Program(stack));

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [MemberData(nameof(Variants.Names), MemberType = typeof(Variants))]
    public void Every_variant_validates(string variant)
    {
        var problems = Validator().Validate(TestStacks.Program(Variants.Get(variant)));

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void A_pull_request_program_validates()
    {
        var problems = Validator().Validate(TestStacks.Preview(42, "feature/login"));

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_bootstrap_program_validates(bool createOidcProvider)
    {
        var problems = Validator().Validate(BootstrapFixture.Program(t => createOidcProvider ? t + "    oidcProvider: create\n" : t));

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void The_full_bootstrap_stack_files_program_validates()
    {
        var (settings, problems) = Infra.Stacks.Settings.BootstrapSettingsParser.Parse(TestStacks.FixtureConfig(Infra.Stacks.Settings.BootstrapSettingsParser.Stack));
        Assert.True(settings is not null, string.Join("\n", problems));

        Assert.Empty(Validator().Validate(BootstrapComposer.Compose(settings!).Program!));
    }

    [Fact]
    public void The_discovery_program_validates() =>
        Assert.Empty(Validator().Validate(StackComposer.Discovery(TestStacks.Project).Program!));

    [Fact]
    public void Every_pinned_package_has_a_schema_with_the_same_version()
    {
        var schemas = new SchemaSet(RepoPaths.Schemas ?? throw new InvalidOperationException(RepoPaths.SchemasMissingMessage));

        Assert.All(Packages.All, p => Assert.Equal(p.Version, schemas.Package(p.Name)?.GetProperty("version").GetString()));
    }

    [Fact]
    public void A_schema_in_next_replaces_the_top_level_schema_of_the_same_package()
    {
        var directory = Path.Combine(Path.GetTempPath(), "infra-schemas-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(directory, "next"));
        try
        {
            File.WriteAllText(Path.Combine(directory, "x.json"), """{"name": "x", "version": "1.0.0", "resources": {"x:index/old:Old": {}}}""");
            File.WriteAllText(Path.Combine(directory, "y.json"), """{"name": "y", "version": "3.0.0"}""");
            File.WriteAllText(Path.Combine(directory, "next", "x.json"), """{"name": "x", "version": "2.0.0", "resources": {"x:index/new:New": {}}}""");

            var schemas = new SchemaSet(directory);

            Assert.Equal("2.0.0", schemas.Package("x")!.Value.GetProperty("version").GetString());
            Assert.Null(schemas.Resource("x:index/old:Old"));
            Assert.NotNull(schemas.Resource("x:index/new:New"));
            Assert.Equal("3.0.0", schemas.Package("y")!.Value.GetProperty("version").GetString());
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>The validator itself: each kind of mistake it must catch.</summary>
    [Theory]
    [InlineData("nope:index/thing:Thing", "name", "\"x\"", "is not in the provider schemas")]
    [InlineData("vercel:index/projectDomain:ProjectDomain", "domian", "\"x\"", "no such property")]
    [InlineData("vercel:index/projectDomain:ProjectDomain", "redirectStatusCode", "3.5", "wants an integer")]
    [InlineData("vercel:index/projectDomain:ProjectDomain", "redirectStatusCode", "\"301\"", "wants an integer")]
    [InlineData("vercel:index/projectDomain:ProjectDomain", "waitForReady", "\"true\"", "wants a boolean")]
    [InlineData("vercel:index/project:Project", "serverlessFunctionRegion", "\"iad1\"", "deprecated")]
    [InlineData("neon:index/project:Project", "historyRetentionSeconds", "1.5", "wants an integer")]
    public void The_validator_catches_mistakes(string type, string key, string json, string expected)
    {
        Expr value = json switch
        {
            "3.5" or "1.5" => new NumberLit(double.Parse(json, System.Globalization.CultureInfo.InvariantCulture)),
            _ => new StringLit(json.Trim('"')),
        };
        var inputs = ObjectExpr.From(("domain", "d"), ("projectId", "p"), (key, value));

        var problems = Validate(new GenericResource("r", type, inputs));

        Assert.Contains(problems, p => p.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void The_validator_catches_missing_required_inputs_nested_types_and_bad_outputs()
    {
        var problems = Validate(
            new GenericResource("env", "vercel:index/projectEnvironmentVariable:ProjectEnvironmentVariable", ObjectExpr.From(("key", "K"), ("projectId", "p"))),
            new GenericResource("proj", "vercel:index/project:Project", ObjectExpr.From(("gitRepository", ObjectExpr.From(("repo", "a/b"))))),
            new GenericResource("db", "neon:index/project:Project", ObjectExpr.From(("name", new Ref("proj", "nmae")))));

        Assert.Contains(problems, p => p.Contains("required input 'sensitive'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("proj.gitRepository: required input 'type'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("reads 'nmae'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_lambda_function_takes_an_asset_archive_as_code_and_nothing_else()
    {
        var archive = AssetArchiveExpr.Of(("index.mjs", new StringAssetExpr("export const handler = async () => 1;\n")));

        Assert.Empty(Validate(new GenericResource("f", "aws:lambda/function:Function", ObjectExpr.From(("role", "arn"), ("code", archive)))));
        Assert.Contains(
            Validate(new GenericResource("f", "aws:lambda/function:Function", ObjectExpr.From(("role", "arn"), ("code", "index.zip")))),
            p => p.Contains("code: string \"index.zip\" where the schema wants an archive", StringComparison.Ordinal));
    }

    [Fact]
    public void The_validator_checks_invokes()
    {
        var invoke = new InvokeExpr("std:index:sha256", ObjectExpr.From(("inptu", "x")), "reslt");

        var problems = Validate(new GenericResource("r", "vercel:index/projectDomain:ProjectDomain", ObjectExpr.From(("domain", invoke), ("projectId", "p"))));

        Assert.Contains(problems, p => p.Contains("inptu: no such property", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("required input 'input'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("return 'reslt'", StringComparison.Ordinal));
    }

    [Fact]
    public void The_validator_checks_paths_into_invoke_results()
    {
        var builder = new ProgramBuilder("p").UsePackage(Packages.Cloudflare).UsePackage(Packages.Sentry);
        var groups = builder.AddVariable("groups", new InvokeExpr(
            "cloudflare:index/getAccountApiTokenPermissionGroupsList:getAccountApiTokenPermissionGroupsList", ObjectExpr.From(("accountId", "a")), "results"));
        var slack = builder.AddVariable("slack", new InvokeExpr(
            "sentry:index/getOrganizationIntegration:getOrganizationIntegration",
            ObjectExpr.From(("organization", "o"), ("providerKey", "slack"), ("name", "n"))));
        builder.AddOutput("good1", new Ref(groups.Name, "[0].id"));
        builder.AddOutput("good2", new Ref(slack.Name, "name"));
        builder.AddOutput("bad1", new Ref(groups.Name, "[0].identifier"));
        builder.AddOutput("bad2", new Ref(slack.Name, "integrationId"));

        var problems = Validator().Validate(builder.Build().Program!);

        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.Contains("reads 'identifier'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("reads 'integrationId'", StringComparison.Ordinal));
    }

    private static List<string> Validate(params Resource[] resources)
    {
        var builder = new ProgramBuilder("p").UsePackage(Packages.Vercel).UsePackage(Packages.Neon).UsePackage(Packages.Aws)
            .UsePackage(new ProviderPackage("std", "2.3.2")).UsePackage(new ProviderPackage("nope", "1.0.0"));
        foreach (var r in resources)
        {
            builder.Add(r);
        }

        var program = builder.Build().Program!;
        return Validator().Validate(program).Where(p => !p.StartsWith("package nope", StringComparison.Ordinal) && !p.StartsWith("provider-nope", StringComparison.Ordinal)).ToList();
    }
}
