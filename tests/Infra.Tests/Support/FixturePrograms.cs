using Infra.Graph;
using Infra.Stacks.Composition;
using Infra.Stacks.Cli;
using Infra.Stacks.Settings;
using Infra.Writer;
using Xunit;

namespace Infra.Tests.Support;

/// <summary>Settings and programs of the tests' own project (<see cref="FixtureProject"/>), composed in process.</summary>
internal static class FixturePrograms
{
    public static StackSettings Settings(string stack, Func<string, string>? edit = null)
    {
        using var fixture = new FixtureProject();
        var text = (edit ?? (t => t))(fixture.StackFileText(stack));
        var (config, errors) = StackFileConfig.Parse(text, FixtureProject.Name, $"Pulumi.{stack}.yaml");
        Assert.Empty(errors);
        var (settings, problems) = StackSettingsParser.Parse(stack, config!);
        Assert.True(settings is not null, string.Join("\n", problems));
        return settings!;
    }

    public static IReadOnlyList<Diagnostic> Errors(string stack, Func<string, string> edit)
    {
        using var fixture = new FixtureProject();
        var (config, errors) = StackFileConfig.Parse(edit(fixture.StackFileText(stack)), FixtureProject.Name, $"Pulumi.{stack}.yaml");
        return config is null ? errors : StackSettingsParser.Parse(stack, config).Errors;
    }

    public static ProgramGraph Program(string stack) => Program(Settings(stack));

    public static ProgramGraph Program(StackSettings settings)
    {
        var result = StackComposer.Compose(settings);
        Assert.True(result.Program is not null, string.Join("\n", result.Diagnostics));
        return result.Program!;
    }

    /// <summary>A pull request's program on the fixture's staging file, its own config as the pr-stack workflow leaves it.</summary>
    public static BuildResult Preview(int number, string branch) => PreviewWith(number, branch, t => t);

    /// <summary>A pull request's program on the fixture's staging file as <paramref name="edit"/> changes it.</summary>
    public static BuildResult PreviewWith(int number, string branch, Func<string, string> edit)
    {
        using var fixture = new FixtureProject();
        var (staging, errors) = StackFileConfig.Parse(edit(fixture.StackFileText("staging")), FixtureProject.Name, "Pulumi.staging.yaml");
        Assert.Empty(errors);
        var own = ConfigOverlay.Apply(new RawConfig(FixtureProject.Name, ConfigMap.Empty, "test") { ProviderConfig = staging!.ProviderConfig }, [("pr.branch", branch)]);
        var (settings, problems) = PreviewSettingsParser.Parse($"pr-{number}", staging, own);
        Assert.True(settings is not null, string.Join("\n", problems));
        return PreviewComposer.Compose(settings!);
    }

    /// <summary>What <c>infra synth &lt;stack&gt;</c> prints in a <see cref="FixtureProject"/> directory.</summary>
    public static string Synth(string stack) => PulumiYamlWriter.Write(Program(stack));

    /// <summary>What <c>infra synth pr-&lt;n&gt; --config pr.branch=&lt;branch&gt;</c> prints there.</summary>
    public static string SynthPreview(int number, string branch) => PulumiYamlWriter.Write(Preview(number, branch).Program!);

    /// <summary>What <c>infra plan &lt;stack&gt;</c> prints there.</summary>
    public static string Plan(string stack) => PlanTable.Render(Program(stack), stack);

    /// <summary>What <c>infra compile</c> prints there without <c>PULUMI_*</c> variables (the discovery pass).</summary>
    public static string Discovery() => PulumiYamlWriter.Write(StackComposer.Discovery(FixtureProject.Name).Program!);
}
