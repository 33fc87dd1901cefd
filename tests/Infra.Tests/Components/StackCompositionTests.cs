using Infra.Components;
using Infra.Expressions;
using Infra.Graph;
using Infra.Model;
using Infra.Providers.Vercel;
using Infra.Stacks.Composition;
using Infra.Stacks.Settings;
using Infra.Tests.Support;
using Xunit;
using NeonProject = Infra.Providers.Neon.Project;
using VercelProject = Infra.Providers.Vercel.Project;

namespace Infra.Tests.Components;

/// <summary>Assertions on the program graph of the full fixture's stacks: wiring, protection, names.</summary>
public sealed class StackCompositionTests
{
    private static ProjectEnvironmentVariable Variable(ProgramGraph program, string key) =>
        program.Resources.OfType<ProjectEnvironmentVariable>().Single(v => v.Inputs()["key"] == new StringLit(key));

    private static string[] Targets(ProjectEnvironmentVariable v) =>
        [.. ((ListExpr)v.Inputs()["targets"]!).Items.Select(t => ((StringLit)t).Value)];

    [Theory]
    [InlineData("prod")]
    [InlineData("staging")]
    public void Database_url_is_the_stacks_pooled_neon_uri_and_sensitive(string stack)
    {
        var program = TestStacks.Program(stack);
        var neon = program.Resources.OfType<NeonProject>().Single();
        var vercel = program.Resources.OfType<VercelProject>().Single();

        var databaseUrl = Variable(program, "DATABASE_URL");
        var directUrl = Variable(program, "DIRECT_URL");

        Assert.Equal(new SecretExpr(Interpolation.Of(new Ref(neon.Name, "connectionUriPooler"), "&connect_timeout=15")), databaseUrl.Inputs()["value"]);
        Assert.Equal(new BoolLit(true), databaseUrl.Inputs()["sensitive"]);
        Assert.Equal(new SecretExpr(Interpolation.Of(new Ref(neon.Name, "connectionUri"), "&connect_timeout=15")), directUrl.Inputs()["value"]);
        Assert.Equal(new BoolLit(true), directUrl.Inputs()["sensitive"]);
        Assert.All(program.Resources.OfType<ProjectEnvironmentVariable>(), v => Assert.Equal(new Ref(vercel.Name, "id"), v.Inputs()["projectId"]));
    }

    [Fact]
    public void Production_previews_never_receive_production_database_credentials()
    {
        var program = TestStacks.Program("prod");

        Assert.Equal(["production"], Targets(Variable(program, "DATABASE_URL")));
        Assert.Equal(["production"], Targets(Variable(program, "DIRECT_URL")));
    }

    [Fact]
    public void Stagings_main_database_reaches_its_production_deployments_only()
    {
        Assert.Equal(["production"], Targets(Variable(TestStacks.Program("staging"), "DATABASE_URL")));
        Assert.Equal(["production"], Targets(Variable(TestStacks.Program("staging"), "DIRECT_URL")));
    }

    [Fact]
    public void No_sensitive_variable_targets_development()
    {
        foreach (var stack in new[] { "prod", "staging" })
        {
            foreach (var v in TestStacks.Program(stack).Resources.OfType<ProjectEnvironmentVariable>())
            {
                if (v.Inputs()["sensitive"] == new BoolLit(true))
                {
                    Assert.DoesNotContain("development", Targets(v));
                }
            }
        }
    }

    [Fact]
    public void In_prod_the_neon_project_is_protected_and_retained()
    {
        var neon = TestStacks.Program("prod").Resources.OfType<NeonProject>().Single();

        Assert.True(neon.Options.Protect);
        Assert.True(neon.Options.RetainOnDelete);
    }

    [Fact]
    public void In_staging_nothing_is_protected_and_only_the_database_is_retained()
    {
        Assert.All(TestStacks.Program("staging").Resources, r =>
        {
            Assert.False(r.Options.Protect, r.Name);
            Assert.Equal(r.Name == "neon-project", r.Options.RetainOnDelete);
        });
    }

    [Fact]
    public void The_neon_project_creates_main_with_role_and_database_app_and_prod_retention()
    {
        var inputs = TestStacks.Program("prod").Resources.OfType<NeonProject>().Single().Inputs();
        var branch = (ObjectExpr)inputs["branch"]!;

        Assert.Equal(new StringLit("orbit"), inputs["name"]);
        Assert.Equal(new StringLit("main"), branch["name"]);
        Assert.Equal(new StringLit("app"), branch["roleName"]);
        Assert.Equal(new StringLit("app"), branch["databaseName"]);
        Assert.Equal(new IntLit(7 * 86_400), inputs["historyRetentionSeconds"]);
        Assert.Equal(new IntLit(17), inputs["pgVersion"]);
        Assert.Equal(new IntLit(-1), ((ObjectExpr)inputs["defaultEndpointSettings"]!)["suspendTimeoutSeconds"]);
    }

    [Fact]
    public void Staging_keeps_one_day_of_history_and_suspends()
    {
        var inputs = TestStacks.Program("staging").Resources.OfType<NeonProject>().Single().Inputs();

        Assert.Equal(new StringLit("orbit-staging"), inputs["name"]);
        Assert.Equal(new IntLit(86_400), inputs["historyRetentionSeconds"]);
        Assert.Equal(new IntLit(300), ((ObjectExpr)inputs["defaultEndpointSettings"]!)["suspendTimeoutSeconds"]);
    }

    [Theory]
    [InlineData("prod", "orbit", "main", "orbit.example.test")]
    [InlineData("staging", "orbit-staging", "staging", "staging.orbit.example.test")]
    public void The_vercel_project_builds_next_from_the_stacks_branch_and_serves_its_domain(string stack, string name, string branch, string domain)
    {
        var program = TestStacks.Program(stack);
        var project = program.Resources.OfType<VercelProject>().Single();
        var inputs = project.Inputs();
        var git = (ObjectExpr)inputs["gitRepository"]!;

        Assert.Equal(new StringLit(name), inputs["name"]);
        Assert.Equal(new StringLit("nextjs"), inputs["framework"]);
        Assert.Equal(new StringLit("npm ci"), inputs["installCommand"]);
        Assert.Null(inputs["buildCommand"]);
        Assert.Equal(new StringLit(".next"), inputs["outputDirectory"]);
        Assert.Equal(new StringLit("24.x"), inputs["nodeVersion"]);
        Assert.Equal(new StringLit(branch), git["productionBranch"]);
        Assert.Equal(new StringLit("example/orbit"), git["repo"]);
        Assert.Equal(ListExpr.Of("iad1"), ((ObjectExpr)inputs["resourceConfig"]!)["functionDefaultRegions"]);
        Assert.Equal(new StringLit("standard_protection_new"), ((ObjectExpr)inputs["vercelAuthentication"]!)["deploymentType"]);
        Assert.Equal(new IntLit(30), ((ObjectExpr)inputs["resourceConfig"]!)["functionDefaultTimeout"]);
        Assert.Equal(new StringLit("12 hours"), inputs["skewProtection"]);
        Assert.Equal(new BoolLit(true), inputs["automaticallyExposeSystemEnvironmentVariables"]);
        Assert.Equal(ListExpr.Of(ObjectExpr.From(("name", "infra-redeploy"), ("ref", branch))), git["deployHooks"]);
        Assert.Null(inputs["serverlessFunctionRegion"]);

        var projectDomain = program.Resources.OfType<ProjectDomain>().Single();
        Assert.Equal(new StringLit(domain), projectDomain.Inputs()["domain"]);
        Assert.Equal(project.Id.Ref, projectDomain.Inputs()["projectId"]);
        Assert.Equal(new StringLit("https://" + domain), Variable(program, "NEXT_PUBLIC_APP_URL").Inputs()["value"]);
        Assert.Equal(new StringLit("https://" + domain), Variable(program, "NEXTAUTH_URL").Inputs()["value"]);
    }

    /// <summary>Renaming any of these would replace a real data store or identity; the golden programs pin the rest.</summary>
    [Theory]
    [InlineData("neon-project")]
    [InlineData("vercel-project")]
    [InlineData("vercel-domain")]
    [InlineData("vercel-env-database-url")]
    [InlineData("r2-assets")]
    [InlineData("r2-uploads")]
    [InlineData("r2-token")]
    [InlineData("sentry-project")]
    [InlineData("sentry-team")]
    [InlineData("backups-bucket")]
    [InlineData("backups-role")]
    [InlineData("secrets-nextauth-secret")]
    public void Logical_names_of_stateful_resources_are_stable(string name) =>
        Assert.NotNull(TestStacks.Program("prod").FindResource(name));

    [Fact]
    public void Both_stacks_and_the_discovery_pass_pin_the_same_packages()
    {
        static string[] Pins(ProgramGraph p) => [.. p.Packages.Select(k => $"{k.Name}@{k.Version} {k.PluginDownloadUrl}")];

        var discovery = StackComposer.Discovery(TestStacks.Project).Program!;

        Assert.Equal(Pins(discovery), Pins(TestStacks.Program("prod")));
        Assert.Equal(Pins(discovery), Pins(TestStacks.Program("staging")));
        Assert.Equal(discovery.Packages.Select(p => "provider-" + p.Name), discovery.Resources.OfType<DiscoveryProvider>().Select(p => p.Name));
    }

    [Fact]
    public void Stack_outputs_expose_the_ids_other_stacks_need()
    {
        var program = TestStacks.Program("staging");

        Assert.Equal(new Ref("vercel-project", "id"), program.FindOutput("vercelProjectId")!.Value);
        Assert.Equal(new Ref("neon-project", "id"), program.FindOutput("neonProjectId")!.Value);
        Assert.Equal(new Ref("neon-project", "defaultBranchId"), program.FindOutput("neonMainBranchId")!.Value);
    }

    [Fact]
    public void Changing_a_setting_changes_only_what_it_should()
    {
        var baseline = TestStacks.Settings("staging");
        var moved = baseline with { Vercel = baseline.Vercel with { Regions = ["fra1", "hnd1"] }, Protect = true };

        var program = TestStacks.Program(moved);

        Assert.Equal(ListExpr.Of("fra1", "hnd1"), ((ObjectExpr)program.Resources.OfType<VercelProject>().Single().Inputs()["resourceConfig"]!)["functionDefaultRegions"]);
        Assert.True(program.Resources.OfType<NeonProject>().Single().Options.Protect);
        Assert.Equal(Tier.Staging, moved.Tier);
    }

    [Fact]
    public void Catalog_keys_are_unique_and_upper_snake_case()
    {
        Assert.Equal(EnvCatalog.All.Count, EnvCatalog.All.Select(v => v.Key).Distinct().Count());
        Assert.All(EnvCatalog.All, v => Assert.Matches("^[A-Z][A-Z0-9_]*$", v.Key));
    }
}
