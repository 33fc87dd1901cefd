using Infra.Tests.Support;
using Xunit;

namespace Infra.Tests.Engine;

/// <summary>
/// Stack provider config (<c>vercel:team</c>, <c>aws:region</c>, encrypted credentials) reaches the
/// provider that serves every resource and invoke, in every kind of stack, and no credential value
/// is ever printed.
/// </summary>
public sealed class ProviderConfigTests : IDisposable
{
    private readonly FixtureProject _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Theory]
    [MemberData(nameof(CompiledFixture.Cases), MemberType = typeof(CompiledFixture))]
    public void Every_resource_and_invoke_gets_the_stacks_provider_config(string @case)
    {
        var config = CompiledFixture.StackConfig(_fixture, @case);
        var result = CompiledFixture.Compile(_fixture, @case, config);
        Assert.Equal("", result.Stderr);
        Assert.Equal(0, result.ExitCode);
        var locks = CompiledFixture.RepositoryLockFiles();
        var discovered = ReferencedPackages.Of(EmittedProgram.Parse(CompiledFixture.Discovery(_fixture).Stdout), locks);

        var served = DefaultProviders.Resolve(EmittedProgram.Parse(result.Stdout), discovered, locks, config);

        Assert.Contains(served, s => s.Reference.Package == "vercel" && s.Reference.IsInvoke == false);
        Assert.All(served, s => Assert.StartsWith("default ", s.Provider.Provider, StringComparison.Ordinal));
        Assert.All(served.Where(s => s.Reference.Package == "vercel"), s => Assert.Equal(FixtureProject.Team, s.Provider.Config.GetValueOrDefault("team")));
        Assert.All(served.Where(s => s.Reference.Package == "aws"), s => Assert.Equal(FixtureProject.Region, s.Provider.Config.GetValueOrDefault("region")));
        foreach (var key in FixtureProject.SecretProviderKeys)
        {
            var (package, name) = (key[..key.IndexOf(':', StringComparison.Ordinal)], key[(key.IndexOf(':', StringComparison.Ordinal) + 1)..]);
            Assert.All(served.Where(s => s.Reference.Package == package), s => Assert.True(s.Provider.Config.ContainsKey(name), $"{s.Reference}: {key} does not reach {s.Provider.Provider}"));
        }
    }

    [Theory]
    [MemberData(nameof(CompiledFixture.Cases), MemberType = typeof(CompiledFixture))]
    public void Each_package_has_one_default_provider_and_no_provider_resource_is_declared(string @case)
    {
        var config = CompiledFixture.StackConfig(_fixture, @case);
        var program = EmittedProgram.Parse(CompiledFixture.Compile(_fixture, @case, config).Stdout);
        var locks = CompiledFixture.RepositoryLockFiles();
        var discovered = ReferencedPackages.Of(EmittedProgram.Parse(CompiledFixture.Discovery(_fixture).Stdout), locks);

        var served = DefaultProviders.Resolve(program, discovered, locks, config);

        Assert.DoesNotContain(program.Resources, r => EmittedProgram.Text(r.Node, "type")!.StartsWith("pulumi:providers:", StringComparison.Ordinal));
        Assert.All(served.GroupBy(s => s.Reference.Package), g => Assert.Single(g.Select(s => s.Provider.Provider).Distinct()));
        Assert.Contains(served, s => s.Reference.Package == "aws" || @case == "pr-42");
    }

    [Theory]
    [MemberData(nameof(CompiledFixture.Cases), MemberType = typeof(CompiledFixture))]
    public void No_credential_value_is_ever_printed(string @case)
    {
        var config = CompiledFixture.StackConfig(_fixture, @case);

        var result = CompiledFixture.Compile(_fixture, @case, config);

        Assert.Contains(config.Values, v => v.Contains("DO-NOT-PRINT", StringComparison.Ordinal));
        Assert.DoesNotContain("DO-NOT-PRINT", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("DO-NOT-PRINT", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pull_request_stack_without_its_base_stacks_provider_config_is_refused_one_line_per_key()
    {
        var config = CompiledFixture.PullRequestConfig(_fixture, copyProviderConfig: false);

        var result = CompiledFixture.Compile(_fixture, "pr-42", config);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
        var keys = FixtureProject.PlainProviderConfig.Keys.Concat(FixtureProject.SecretProviderKeys).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(keys.Count, result.ErrorLines.Length);
        Assert.All(keys, k => Assert.Contains(result.ErrorLines, l => l.Contains($"pulumi config cp {k} --stack staging --dest pr-42", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_pull_request_stack_with_another_team_is_refused_without_printing_its_value()
    {
        var config = CompiledFixture.PullRequestConfig(_fixture, copyProviderConfig: true);
        config["vercel:team"] = "someone-else-DO-NOT-PRINT";

        var result = CompiledFixture.Compile(_fixture, "pr-42", config);

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.Contains("vercel:team", line, StringComparison.Ordinal);
        Assert.Contains(FixtureProject.Team, line, StringComparison.Ordinal);
        Assert.DoesNotContain("DO-NOT-PRINT", result.Stderr, StringComparison.Ordinal);
    }

    /// <summary>
    /// The model can fail: the program before this fix declared <c>defaultProvider: true</c> providers,
    /// which serve every resource of their package and get none of the stack's config; a nested invoke
    /// still went to the engine's default provider.
    /// </summary>
    [Fact]
    public void An_explicit_provider_gets_no_stack_config()
    {
        var program = EmittedProgram.Parse("""
            name: p
            runtime: yaml
            resources:
              provider-vercel:
                type: pulumi:providers:vercel
                defaultProvider: true
              app:
                type: vercel:index/project:Project
                options:
                  provider: ${provider-vercel}
              other:
                type: vercel:index/project:Project
            variables:
              nested:
                fn::secret:
                  fn::invoke:
                    function: vercel:index/getProject:getProject
            """);
        var config = new Dictionary<string, string> { ["vercel:team"] = "acme-team" };

        var served = DefaultProviders.Resolve(program, new Dictionary<string, PackageDecl>(), [], config);

        Assert.All(served.Where(s => s.Reference.Where is "app" or "other"), s =>
        {
            Assert.Equal("explicit ${provider-vercel}", s.Provider.Provider);
            Assert.Empty(s.Provider.Config);
        });
        Assert.Equal("acme-team", served.Single(s => s.Reference.Where == "variables.nested").Provider.Config["team"]);
    }
}
