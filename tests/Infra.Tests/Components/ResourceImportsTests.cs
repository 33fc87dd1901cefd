using Infra.Graph;
using Infra.Stacks.Composition;
using Infra.Tests.Support;
using Infra.Writer;
using Xunit;

namespace Infra.Tests.Components;

/// <summary>
/// <c>import</c>: a stack adopts existing resources by logical name; the id's shape is checked where
/// the provider's import code fixes one, and an unknown name or a type without import is one error.
/// </summary>
public sealed class ResourceImportsTests
{
    private const string Ns = FixtureProject.Name;

    private static BuildResult Compose(string stack, string imports) =>
        StackComposer.Compose(FixturePrograms.Settings(stack, t => t + $"  {Ns}:import:\n" + imports));

    [Fact]
    public void Each_named_resource_gets_the_import_option_and_it_is_written()
    {
        var result = Compose("prod", """
                vercel-project: prj_AbCdEf0123456789
                r2-assets: 0123456789abcdef0123456789abcdef/acme-assets/default
                sentry-project: acme/acme
                backups-bucket: acme-db-backups

            """);

        var program = result.Program!;
        Assert.Equal("prj_AbCdEf0123456789", program.FindResource("vercel-project")!.Options.Import);
        Assert.Equal("0123456789abcdef0123456789abcdef/acme-assets/default", program.FindResource("r2-assets")!.Options.Import);
        Assert.Equal("acme/acme", program.FindResource("sentry-project")!.Options.Import);
        Assert.Null(program.FindResource("r2-uploads")!.Options.Import);
        Assert.Contains("import: prj_AbCdEf0123456789", PulumiYamlWriter.Write(program), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("vercel-project: my-project", "not an import id of vercel:index/project:Project; expected prj_")]
    [InlineData("r2-assets: acme-assets", "<account id>/<bucket name>/<jurisdiction>")]
    [InlineData("dns-app: 1234", "<zone id>/<record id>")]
    [InlineData("sentry-key: acme/acme/not-hex", "<organization slug>/<project slug>/<key id>")]
    [InlineData("r2-cdn-domain: anything", "cannot be imported")]
    [InlineData("vercel-projekt: prj_AbCdEf0123456789", "is not a resource of this stack")]
    public void A_wrong_id_an_unknown_name_or_a_type_without_import_is_one_error(string entry, string message)
    {
        var result = Compose("prod", "    " + entry + "\n");

        Assert.Null(result.Program);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.StartsWith($"{Ns}:import.", error.Location, StringComparison.Ordinal);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_resource_adopted_by_another_setting_is_not_imported_twice()
    {
        var result = StackComposer.Compose(FixturePrograms.Settings("staging", t =>
            t.Replace("    plan: launch\n", "    plan: launch\n    projectId: cool-sun-12345678\n", StringComparison.Ordinal)
            + $"  {Ns}:import:\n    neon-project: shiny-cell-31746257\n"));

        Assert.Contains("already adopted", Assert.Single(result.Diagnostics, d => d.IsError).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Infra_check_refuses_an_id_of_the_wrong_shape_with_exit_2()
    {
        using var project = new FixtureProject();
        File.AppendAllText(project.StackFilePath("prod"), $"  {Ns}:import:\n    vercel-project: my-project\n");

        var result = InfraProcess.Run(project.Directory, null, "check", "prod");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{Ns}:import.vercel-project", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }
}
