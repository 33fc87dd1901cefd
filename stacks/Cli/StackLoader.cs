using Infra.Graph;
using Infra.Stacks.Composition;
using Infra.Stacks.Settings;

namespace Infra.Stacks.Cli;

/// <summary>
/// Loads a stack's settings (from its stack file, or from <c>PULUMI_CONFIG</c>) and composes its
/// program. A <c>pr-&lt;n&gt;</c> stack derives from staging's stack file plus its own config; the
/// <c>bootstrap</c> stack (the repository's delivery setup) has settings of its own.
/// </summary>
public static class StackLoader
{
    /// <summary>Offline: settings from <c>Pulumi.&lt;stack&gt;.yaml</c> in the project directory, with <c>--config</c> pairs laid over.</summary>
    public static (BuildResult? Result, IReadOnlyList<Diagnostic> Errors) FromStackFile(CliContext context, string stack, IReadOnlyList<string>? overrides = null)
    {
        if (!IsStackName(stack))
        {
            return (null, [NotAStackName(stack)]);
        }

        var (project, problem) = ProjectFile.ReadName(context.ProjectDirectory);
        if (project is null)
        {
            return (null, [Diagnostic.Error(SettingsCodes.NoSettings, ProjectFile.FileName, problem!)]);
        }

        var (pairs, pairErrors) = ConfigOverlay.Parse(overrides ?? [], project);
        if (pairErrors.Count > 0)
        {
            return (null, pairErrors);
        }

        var preview = PreviewSettingsParser.PullRequestNumber(stack) is not null;
        var (config, errors) = ReadStackFile(context, project, stack, required: !preview);
        if (config is null)
        {
            return (null, errors);
        }

        config = ConfigOverlay.Apply(config, pairs);
        return preview ? ComposePreview(context, project, stack, config)
            : stack == BootstrapSettingsParser.Stack ? ComposeBootstrap(context, project, config)
            : Compose(stack, config);
    }

    /// <summary>An app stack's settings from its stack file (the runbooks and init read them).</summary>
    public static (StackSettings? Settings, IReadOnlyList<Diagnostic> Errors) Settings(CliContext context, string stack)
    {
        var (project, problem) = ProjectFile.ReadName(context.ProjectDirectory);
        return project is null
            ? (null, [Diagnostic.Error(SettingsCodes.NoSettings, ProjectFile.FileName, problem!)])
            : Settings(context, project, stack);
    }

    /// <summary>An app stack's settings, the project name already read (several stacks, one read of Pulumi.yaml).</summary>
    public static (StackSettings? Settings, IReadOnlyList<Diagnostic> Errors) Settings(CliContext context, string project, string stack)
    {
        var (config, errors) = ReadStackFile(context, project, stack, required: true);
        return config is null ? (null, errors) : StackSettingsParser.Parse(stack, config);
    }

    /// <summary>Compiler mode: settings from <c>PULUMI_CONFIG</c>, as the Pulumi CLI passes them.</summary>
    public static (BuildResult? Result, IReadOnlyList<Diagnostic> Errors) FromEnvironment(CliContext context, string project, string stack, string configJson)
    {
        var (config, errors) = EnvironmentConfig.Parse(configJson, project);
        if (config is null)
        {
            return (null, errors);
        }

        return PreviewSettingsParser.PullRequestNumber(stack) is not null
            ? ComposePreview(context, project, stack, config)
            : Compose(stack, config);
    }

    /// <summary>The provider config keys a stack file sets (<c>vercel:team</c>, <c>aws:region</c>, credentials), in key order.</summary>
    public static (IReadOnlyList<string>? Keys, IReadOnlyList<Diagnostic> Errors) ProviderKeys(CliContext context, string stack)
    {
        if (!IsStackName(stack))
        {
            return (null, [NotAStackName(stack)]);
        }

        var (project, problem) = ProjectFile.ReadName(context.ProjectDirectory);
        if (project is null)
        {
            return (null, [Diagnostic.Error(SettingsCodes.NoSettings, ProjectFile.FileName, problem!)]);
        }

        var (config, errors) = ReadStackFile(context, project, stack, required: true);
        return config is null ? (null, errors) : ([.. config.ProviderConfig.Keys], []);
    }

    /// <summary>The raw config of each named stack file, or one line per stack that has none or cannot be read.</summary>
    public static (IReadOnlyList<(string Stack, RawConfig Config)>? Configs, IReadOnlyList<Diagnostic> Errors) RawConfigs(CliContext context, string project, IReadOnlyList<string> stacks)
    {
        List<(string, RawConfig)> configs = [];
        List<Diagnostic> errors = [];
        foreach (var stack in stacks)
        {
            var (config, problems) = IsStackName(stack) ? ReadStackFile(context, project, stack, required: true) : (null, [NotAStackName(stack)]);
            errors.AddRange(problems);
            if (config is not null)
            {
                configs.Add((stack, config));
            }
        }

        return errors.Count > 0 ? (null, errors) : (configs, []);
    }

    public static IEnumerable<string> KnownStacks(string directory) =>
        Directory.Exists(directory)
            ? Directory.EnumerateFiles(directory, "Pulumi.*.yaml")
                .Select(f => Path.GetFileName(f)["Pulumi.".Length..^".yaml".Length])
                .Order(StringComparer.Ordinal)
            : [];

    private static (RawConfig? Config, IReadOnlyList<Diagnostic> Errors) ReadStackFile(CliContext context, string project, string stack, bool required)
    {
        var fileName = $"Pulumi.{stack}.yaml";
        var path = Path.Combine(context.ProjectDirectory, fileName);
        if (IsStackName(stack) && File.Exists(path))
        {
            return StackFileConfig.Parse(File.ReadAllText(path), project, fileName);
        }

        if (!required && IsStackName(stack))
        {
            return (new RawConfig(project, ConfigMap.Empty, fileName + " (absent)") { Absent = true }, []);
        }

        return (null, [Diagnostic.Error(SettingsCodes.NoSettings, "stack " + stack,
            $"no settings: {fileName} not found in {context.ProjectDirectory}; stacks here: {string.Join(", ", KnownStacks(context.ProjectDirectory))}, or pr-<n>")]);
    }

    /// <summary>
    /// Offline, the bootstrap stack is checked against the app stack files beside it too
    /// (<see cref="DeliveryConsistency"/>; synth, plan and check, which CI runs on every stack): when one
    /// of them does not parse, its own verbs report it.
    /// </summary>
    private static (BuildResult? Result, IReadOnlyList<Diagnostic> Errors) ComposeBootstrap(CliContext context, string project, RawConfig config)
    {
        var (bootstrap, problems) = BootstrapSettingsParser.Parse(config);
        if (bootstrap is null)
        {
            return (null, problems);
        }

        var apps = AppStacks(context, project);
        var disagreements = apps is null or [] ? [] : DeliveryConsistency.Check(bootstrap, apps);
        return disagreements.Count > 0 ? (null, disagreements) : (BootstrapComposer.Compose(bootstrap), []);
    }

    /// <summary>The settings of every app stack file here (not bootstrap, not pr-*), or null when one does not parse.</summary>
    public static IReadOnlyList<(string Stack, StackSettings Settings)>? AppStacks(CliContext context, string project)
    {
        List<(string, StackSettings)> apps = [];
        foreach (var stack in KnownStacks(context.ProjectDirectory).Where(s => s != BootstrapSettingsParser.Stack && PreviewSettingsParser.PullRequestNumber(s) is null))
        {
            if (Settings(context, project, stack).Settings is not { } settings)
            {
                return null;
            }

            apps.Add((stack, settings));
        }

        return apps;
    }

    private static (BuildResult? Result, IReadOnlyList<Diagnostic> Errors) Compose(string stack, RawConfig config)
    {
        if (stack == BootstrapSettingsParser.Stack)
        {
            var (bootstrap, problems) = BootstrapSettingsParser.Parse(config);
            return bootstrap is null ? (null, problems) : (BootstrapComposer.Compose(bootstrap), []);
        }

        var (settings, errors) = StackSettingsParser.Parse(stack, config);
        return settings is null ? (null, errors) : SettingsProblems(StackComposer.Compose(settings));
    }

    /// <summary>
    /// Problems only the composed program reveals but that are the settings' (an import id of the wrong
    /// shape, a wired output of a component that is off) are bad input like any other setting: exit 2.
    /// </summary>
    private static (BuildResult? Result, IReadOnlyList<Diagnostic> Errors) SettingsProblems(BuildResult result)
    {
        var settings = result.Diagnostics.Where(d => d.IsError && d.Code.StartsWith("SET", StringComparison.Ordinal)).ToList();
        return result.Program is null && settings.Count > 0 ? (null, settings) : (result, []);
    }

    /// <summary>A pull request's stack: the base stack's file (always from disk: it is the shared part) plus its own config.</summary>
    private static (BuildResult? Result, IReadOnlyList<Diagnostic> Errors) ComposePreview(CliContext context, string project, string stack, RawConfig own)
    {
        var (baseConfig, errors) = ReadStackFile(context, project, PreviewSettingsParser.BaseStack, required: true);
        if (baseConfig is null)
        {
            return (null, errors);
        }

        if (own.Absent)
        {
            // Offline, before the pr-stack workflow created the stack: it copies the base stack's
            // provider config into the new stack (pulumi config cp) before the first preview.
            own = own with { ProviderConfig = baseConfig.ProviderConfig };
        }

        var (settings, problems) = PreviewSettingsParser.Parse(stack, baseConfig, own);
        return settings is null ? (null, problems) : (PreviewComposer.Compose(settings), []);
    }

    /// <summary>
    /// A name Pulumi refuses (its documented rule: stack names may contain alphanumerics, hyphens,
    /// underscores, or periods, at most 100 characters), or one that starts with a period (a hidden
    /// <c>Pulumi..x.yaml</c>): one line saying what a name may be, instead of "file not found".
    /// </summary>
    private static Diagnostic NotAStackName(string stack) =>
        Diagnostic.Error(SettingsCodes.NoSettings, "stack",
            (stack.Length == 0 ? "'' (empty) is not a stack name" : $"'{stack}' is not a stack name")
            + ": a Pulumi stack name has 1 to 100 letters, digits, hyphens, underscores or periods (not starting with a period), and no spaces or slashes; such as prod, staging or pr-42");

    private static bool IsStackName(string stack) =>
        stack.Length is > 0 and <= 100 && stack.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.') && stack[0] != '.';
}
