using Infra.Providers;
using Infra.Stacks.Settings;
using Infra.Tests.Support;
using Xunit;

namespace Infra.Tests.Settings;

/// <summary>
/// Every key of a stack file is this project's (<c>&lt;project&gt;:key</c>) or a provider package's
/// (<c>vercel:team</c>): a key without a namespace, or under an old project name, is reported, never
/// dropped (issue 11, item 5).
/// </summary>
public sealed class ConfigNamespaceTests
{
    private const string Ns = TestStacks.Project;

    private static IReadOnlyList<Infra.Graph.Diagnostic> ParseErrors(string yaml)
    {
        var (config, errors) = StackFileConfig.Parse(yaml, Ns, "Pulumi.staging.yaml");
        Assert.True(config is null == errors.Count > 0, "a config or errors, never both");
        return errors;
    }

    [Fact]
    public void A_key_without_a_namespace_is_one_line_saying_how_to_write_it()
    {
        var d = Assert.Single(ParseErrors(TestStacks.MinimalStaging + "\n  logLevel: debug\n"));

        Assert.Equal(SettingsCodes.Unknown, d.Code);
        Assert.Equal("logLevel", d.Location);
        Assert.Contains("no namespace", d.Message, StringComparison.Ordinal);
        Assert.Contains($"{Ns}:logLevel", d.Message, StringComparison.Ordinal);
        Assert.Contains("Pulumi.staging.yaml", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_key_without_a_namespace_is_its_own_line()
    {
        var errors = ParseErrors("config:\n  app: shop\n  domain: shop.example.test\n");

        Assert.Equal(["app", "domain"], errors.Select(e => e.Location).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Keys_under_an_old_project_name_are_one_line_per_namespace()
    {
        var yaml = TestStacks.MinimalStaging + "\n  shop-infra:logLevel: debug\n  shop-infra:protect: false\n";

        var d = Assert.Single(ParseErrors(yaml));

        Assert.Equal(SettingsCodes.Unknown, d.Code);
        Assert.Equal("shop-infra", d.Location);
        Assert.Contains("shop-infra:logLevel", d.Message, StringComparison.Ordinal);
        Assert.Contains("shop-infra:protect", d.Message, StringComparison.Ordinal);
        Assert.Contains($"neither this project's ({Ns})", d.Message, StringComparison.Ordinal);
        Assert.Contains($"rename the keys to {Ns}:<key>, such as {Ns}:logLevel", d.Message, StringComparison.Ordinal);
        Assert.Contains("vercel", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_provider_key_of_a_package_of_the_program_is_kept()
    {
        var (config, errors) = StackFileConfig.Parse(TestStacks.MinimalStaging + "\n  better-uptime:apiToken:\n    secure: v1:c2FsdA==:Y2lwaGVydGV4dA==\n  pulumi:tags:\n    team: orbit\n", Ns, "Pulumi.staging.yaml");

        Assert.Empty(errors);
        Assert.Equal(["better-uptime:apiToken", "pulumi:tags"], config!.ProviderConfig.Keys);
    }

    [Theory]
    [InlineData("aws")]
    [InlineData("vercel")]
    [InlineData("neon")]
    [InlineData("cloudflare")]
    [InlineData("sentry")]
    [InlineData("better-uptime")]
    [InlineData("github")]
    [InlineData("std")]
    [InlineData("random")]
    [InlineData("pulumi")]
    public void The_provider_namespaces_include(string ns) =>
        Assert.Contains(ns, ConfigNamespaces.Providers);

    [Fact]
    public void The_provider_namespaces_are_the_pinned_packages_and_pulumi() =>
        Assert.Equal(Packages.All.Select(p => p.Name).Append("pulumi").Order(StringComparer.Ordinal), ConfigNamespaces.Providers.Order(StringComparer.Ordinal));

    [Fact]
    public void Every_namespace_the_fixtures_use_is_known()
    {
        var files = new List<(string Project, string Name, string Text)>();
        foreach (var path in Directory.GetFiles(RepoPaths.FixtureProject, "Pulumi.*.yaml"))
        {
            files.Add((TestStacks.Project, Path.GetFileName(path), File.ReadAllText(path)));
        }

        using (var fixture = new FixtureProject())
        {
            files.Add((FixtureProject.Name, "Pulumi.prod.yaml", fixture.StackFileText("prod")));
            files.Add((FixtureProject.Name, "Pulumi.staging.yaml", fixture.StackFileText("staging")));
        }

        files.Add((FixtureProject.Name, "Pulumi.bootstrap.yaml", BootstrapFixture.StackFile));
        var used = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (project, name, text) in files)
        {
            var (config, errors) = StackFileConfig.Parse(text, project, name);
            Assert.True(config is not null, name + ": " + string.Join("\n", errors));
            used.UnionWith(config.ProviderConfig.Keys.Select(k => k[..k.IndexOf(':', StringComparison.Ordinal)]));
        }

        Assert.Superset(new SortedSet<string>(["aws", "better-uptime", "github", "vercel"], StringComparer.Ordinal), used);
        Assert.Subset(ConfigNamespaces.Providers.ToHashSet(StringComparer.Ordinal), used);
    }

    [Theory]
    [InlineData("prod")]
    [InlineData("staging")]
    public void Every_package_a_fixture_program_uses_is_a_known_namespace(string stack)
    {
        var packages = FixturePrograms.Program(stack).Resources.Select(r => r.Package).ToHashSet(StringComparer.Ordinal);

        Assert.Subset(ConfigNamespaces.Providers.ToHashSet(StringComparer.Ordinal), packages);
    }
}
