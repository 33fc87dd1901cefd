using Infra.Providers;
using Infra.Tests.Support;
using Xunit;

namespace Infra.Tests.Engine;

/// <summary>
/// The pass without config (plugin discovery) names the same packages, versions and download URLs
/// as a real run, and every resource and invoke of a real run carries its package's pin, so that no
/// reference can pick another plugin than the one discovery installed.
/// </summary>
public sealed class DiscoveryPassTests : IDisposable
{
    private readonly FixtureProject _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Theory]
    [MemberData(nameof(CompiledFixture.Cases), MemberType = typeof(CompiledFixture))]
    public void The_pass_without_config_reports_what_the_run_uses(string @case)
    {
        var locks = CompiledFixture.RepositoryLockFiles();
        var run = ReferencedPackages.Of(EmittedProgram.Parse(CompiledFixture.Compile(_fixture, @case, CompiledFixture.StackConfig(_fixture, @case)).Stdout), locks);

        var discovered = ReferencedPackages.Of(EmittedProgram.Parse(CompiledFixture.Discovery(_fixture).Stdout), locks);

        Assert.NotEmpty(run);
        Assert.All(run, p => Assert.Equal(p.Value, discovered.GetValueOrDefault(p.Key)));
    }

    [Fact]
    public void The_pass_without_config_reports_every_pinned_package_and_parameterized_ones_through_their_lock_files()
    {
        var discovered = ReferencedPackages.Of(EmittedProgram.Parse(CompiledFixture.Discovery(_fixture).Stdout), CompiledFixture.RepositoryLockFiles());

        Assert.Equal(Packages.All.Select(p => p.Name), discovered.Keys);
        Assert.All(Packages.All, p =>
        {
            var decl = discovered[p.Name];
            if (p.Parameterized)
            {
                Assert.Equal("terraform-provider", decl.Name);
                Assert.Equal((p.Name, p.Version), (decl.Parameterization!.Name, decl.Parameterization.Version));
            }
            else
            {
                Assert.Equal(new PackageDecl(p.Name, p.Version, p.PluginDownloadUrl), decl);
            }
        });
    }

    [Theory]
    [MemberData(nameof(CompiledFixture.Cases), MemberType = typeof(CompiledFixture))]
    public void Every_reference_carries_its_packages_pin_and_parameterized_ones_none(string @case)
    {
        var program = EmittedProgram.Parse(CompiledFixture.Compile(_fixture, @case, CompiledFixture.StackConfig(_fixture, @case)).Stdout);

        var references = program.References().Where(r => r.Package != "pulumi").ToList();

        Assert.Contains(references, r => r.IsInvoke);
        Assert.All(references, r =>
        {
            var pin = Packages.All.Single(p => p.Name == r.Package).Pin;
            Assert.True((pin.Version, pin.PluginDownloadUrl) == (r.Version, r.PluginDownloadUrl), $"{r}: version {r.Version} url {r.PluginDownloadUrl}, pinned {pin}");
        });
    }
}
