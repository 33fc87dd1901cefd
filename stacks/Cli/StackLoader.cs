using Infra.Graph;
using Infra.Stacks.Composition;
using Infra.Stacks.Settings;

namespace Infra.Stacks.Cli;

/// <summary>Loads a stack's settings (from its stack file, or from <c>PULUMI_CONFIG</c>) and composes its program.</summary>
public static class StackLoader
{
    /// <summary>Offline: settings from <c>Pulumi.&lt;stack&gt;.yaml</c> in the project directory.</summary>
    public static (BuildResult? Result, IReadOnlyList<Diagnostic> Errors) FromStackFile(CliContext context, string stack)
    {
        var (project, problem) = ProjectFile.ReadName(context.ProjectDirectory);
        if (project is null)
        {
            return (null, [Diagnostic.Error(SettingsCodes.NoSettings, ProjectFile.FileName, problem!)]);
        }

        var fileName = $"Pulumi.{stack}.yaml";
        var path = Path.Combine(context.ProjectDirectory, fileName);
        if (!IsStackName(stack) || !File.Exists(path))
        {
            return (null, [Diagnostic.Error(SettingsCodes.NoSettings, "stack " + stack, $"no settings: {fileName} not found in {context.ProjectDirectory}; stacks here: {string.Join(", ", KnownStacks(context.ProjectDirectory))}")]);
        }

        var (config, errors) = StackFileConfig.Parse(File.ReadAllText(path), project, fileName);
        return config is null ? (null, errors) : Compose(stack, config);
    }

    /// <summary>Compiler mode: settings from <c>PULUMI_CONFIG</c>, as the Pulumi CLI passes them.</summary>
    public static (BuildResult? Result, IReadOnlyList<Diagnostic> Errors) FromEnvironment(string project, string stack, string configJson)
    {
        var (config, errors) = EnvironmentConfig.Parse(configJson, project);
        return config is null ? (null, errors) : Compose(stack, config);
    }

    public static IEnumerable<string> KnownStacks(string directory) =>
        Directory.Exists(directory)
            ? Directory.EnumerateFiles(directory, "Pulumi.*.yaml")
                .Select(f => Path.GetFileName(f)["Pulumi.".Length..^".yaml".Length])
                .Order(StringComparer.Ordinal)
            : [];

    private static (BuildResult? Result, IReadOnlyList<Diagnostic> Errors) Compose(string stack, RawConfig config)
    {
        var (settings, errors) = StackSettingsParser.Parse(stack, config);
        return settings is null ? (null, errors) : (StackComposer.Compose(settings), []);
    }

    private static bool IsStackName(string stack) =>
        stack.Length is > 0 and <= 100 && stack.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.') && stack[0] != '.';
}
