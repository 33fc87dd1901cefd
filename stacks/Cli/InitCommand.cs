using System.CommandLine;
using System.Text.RegularExpressions;
using Infra.Graph;
using Infra.Stacks.Cli.Init;
using Infra.Stacks.Composition;
using Infra.Stacks.Settings;

namespace Infra.Stacks.Cli;

/// <summary>
/// <c>init</c>: scaffolds a team's app in this repository: the project name in <c>Pulumi.yaml</c>,
/// <c>Pulumi.prod.yaml</c>, <c>Pulumi.staging.yaml</c> and <c>Pulumi.bootstrap.yaml</c> with comments,
/// the schemas and the inventories; asks for what no option gave, validates everything with the
/// real parsers and composers before it writes anything, then prints the secrets to set.
/// </summary>
public static partial class InitCommand
{
    /// <summary>The stack files init writes.</summary>
    public static IReadOnlyList<string> Stacks { get; } = ["prod", "staging", BootstrapSettingsParser.Stack];

    public static Command Create(CliContext context, CliOptions options)
    {
        var force = new Option<bool>("--force") { Description = "Replace existing stack files (a fork's example files)." };
        var command = new Command("init", "Scaffold the app's stack files from a few answers (options, or prompts for what is missing), validated before anything is written.") { force };
        var none = new Dictionary<string, string>(StringComparer.Ordinal);
        var answers = InitQuestions.All.ToDictionary(q => q.Option, q => new Option<string?>("--" + q.Option)
        {
            Description = q.Default is null ? q.Prompt + " (required)" : q.Default(none) is { } fallback ? $"{q.Prompt} (default: {fallback})" : q.Prompt,
        });
        foreach (var option in answers.Values)
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => Run(
            options.Scope(parse, context),
            answers.Where(a => parse.GetValue(a.Value) is not null).ToDictionary(a => a.Key, a => parse.GetValue(a.Value)!),
            parse.GetValue(force)));
        return command;
    }

    public static int Run(CliContext context, IReadOnlyDictionary<string, string> given, bool force)
    {
        var (current, problem) = ProjectFile.ReadName(context.ProjectDirectory);
        if (current is null)
        {
            return Reporter.Fail(context, [Diagnostic.Error(SettingsCodes.NoSettings, ProjectFile.FileName, problem! + " (init runs in a clone of the Infra repository)")], ExitCodes.BadInput);
        }

        var (answers, errors) = Ask(context, given);
        var existing = Stacks.Select(s => $"Pulumi.{s}.yaml").Where(f => File.Exists(Path.Combine(context.ProjectDirectory, f))).ToList();
        if (!force)
        {
            errors.AddRange(existing.Select(f => Diagnostic.Error(SettingsCodes.Invalid, f, "exists; pass --force to replace it (a fork's example stack files), or run init in a fresh clone")));
        }

        if (errors.Count > 0)
        {
            return Reporter.Fail(context, errors, ExitCodes.BadInput);
        }

        var files = Render(context, answers, out var validation);
        if (validation.Count > 0)
        {
            return Reporter.Fail(context, validation, ExitCodes.BadInput);
        }

        foreach (var (path, text) in files)
        {
            SafeFile.Write(Path.Combine(context.ProjectDirectory, path), text);
        }

        foreach (var stale in Directory.GetFiles(context.ProjectDirectory, "Pulumi.*.yaml").Select(Path.GetFileName).Where(f => !files.ContainsKey(f!)))
        {
            context.Error.WriteLine($"note: {stale} is not one of init's stack files; remove it if it is the example's");
        }

        NextSteps(context, answers, files.Keys);
        return ExitCodes.Ok;
    }

    /// <summary>Every answer: given, asked, or defaulted; one error per missing or invalid one.</summary>
    private static (Dictionary<string, string> Answers, List<Diagnostic> Errors) Ask(CliContext context, IReadOnlyDictionary<string, string> given)
    {
        var answers = new Dictionary<string, string>(StringComparer.Ordinal);
        List<Diagnostic> errors = [];
        var input = context.In;
        foreach (var question in InitQuestions.All)
        {
            var fallback = question.Default?.Invoke(answers);
            var value = given.GetValueOrDefault(question.Option)?.Trim();
            while (value is null && input is not null)
            {
                context.Error.Write(fallback is null ? $"{question.Prompt}: " : $"{question.Prompt} [{fallback}]: ");
                var line = input.ReadLine();
                if (line is null)
                {
                    input = null;
                    break;
                }

                value = line.Trim().Length == 0 ? fallback : line.Trim();
                if (value is not null && !InitQuestions.Valid(question, value))
                {
                    context.Error.WriteLine($"  \"{value}\" is not allowed; expected {question.Rule.Text}");
                    value = null;
                }
            }

            value ??= fallback;
            if (value is null && question.Default is not null)
            {
                // Its default follows an answer already reported as missing or invalid.
                continue;
            }

            if (value is null)
            {
                errors.Add(Diagnostic.Error(SettingsCodes.Missing, "--" + question.Option, $"required: {question.Prompt}"));
            }
            else if (!InitQuestions.Valid(question, value))
            {
                errors.Add(Diagnostic.Error(SettingsCodes.Invalid, "--" + question.Option, $"\"{value}\" is not allowed; expected {question.Rule.Text}"));
            }
            else
            {
                answers[question.Option] = value;
            }
        }

        return (answers, errors);
    }

    /// <summary>Every file init writes, each validated as the CLI will read it; nothing is written when one fails.</summary>
    private static Dictionary<string, string> Render(CliContext context, Dictionary<string, string> answers, out List<Diagnostic> errors)
    {
        var project = answers["project"];
        errors = [];
        var files = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [ProjectFile.FileName] = RenameProject(File.ReadAllText(Path.Combine(context.ProjectDirectory, ProjectFile.FileName)), project, answers["app"]),
            ["Pulumi.prod.yaml"] = StackFileTemplates.Production(answers),
            ["Pulumi.staging.yaml"] = StackFileTemplates.Staging(answers),
            ["Pulumi.bootstrap.yaml"] = StackFileTemplates.Bootstrap(answers),
            [Path.Combine(SchemaCommand.Directory, SchemaCommand.StackFile)] = Settings.Catalog.StackFileSchema.Generate(project, Settings.Catalog.SettingScope.App),
            [Path.Combine(SchemaCommand.Directory, SchemaCommand.BootstrapFile)] = Settings.Catalog.StackFileSchema.Generate(project, Settings.Catalog.SettingScope.Bootstrap),
        };

        var parsed = new Dictionary<string, StackSettings>(StringComparer.Ordinal);
        foreach (var stack in Stacks)
        {
            var fileName = $"Pulumi.{stack}.yaml";
            var (config, problems) = StackFileConfig.Parse(files[fileName], project, fileName);
            errors.AddRange(problems);
            if (config is null)
            {
                continue;
            }

            if (stack == BootstrapSettingsParser.Stack)
            {
                var (bootstrap, bootstrapErrors) = BootstrapSettingsParser.Parse(config);
                errors.AddRange(bootstrapErrors);
                if (bootstrap is not null)
                {
                    errors.AddRange(BootstrapComposer.Compose(bootstrap).Diagnostics.Where(d => d.IsError));
                }

                continue;
            }

            var (settings, settingErrors) = StackSettingsParser.Parse(stack, config);
            errors.AddRange(settingErrors);
            if (settings is null)
            {
                continue;
            }

            parsed[stack] = settings;
            var result = StackComposer.Compose(settings);
            errors.AddRange(result.Diagnostics.Where(d => d.IsError));
            if (result.Program is not null && Directory.Exists(Path.Combine(context.ProjectDirectory, "docs", "inventory")))
            {
                files[Path.Combine("docs", "inventory", stack + ".md")] = InventoryDocument.Render(result.Program, stack);
            }
        }

        if (errors.Count == 0 && Directory.Exists(Path.Combine(context.ProjectDirectory, "docs", "runbooks")))
        {
            var values = Runbooks.RunbookValues.For(project, parsed["prod"], parsed["staging"]);
            foreach (var (name, template) in Runbooks.RunbookTemplates.All)
            {
                files[Path.Combine("docs", "runbooks", name)] = Runbooks.RunbookTemplates.Render(template, values);
            }
        }

        return files;
    }

    /// <summary>Pulumi.yaml with its <c>name:</c> and <c>description:</c> replaced and every other line kept.</summary>
    private static string RenameProject(string text, string project, string app) =>
        Description().Replace(ProjectName().Replace(text, "name: " + project, 1),
            $"description: The production platform of the {app} app (Vercel, Neon, R2, Sentry, uptime, backups), compiled by Infra.", 1);

    private static void NextSteps(CliContext context, Dictionary<string, string> answers, IEnumerable<string> written)
    {
        var project = answers["project"];
        var output = context.Out;
        var places = written.Select(f => Path.GetDirectoryName(f) is { Length: > 0 } dir ? dir.Replace('\\', '/') + "/" : f).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        output.WriteLine($"wrote {string.Join(", ", places)} (project {project}); every stack validates.");
        output.WriteLine("The secure: values are placeholders. Once the compiler is built (README, Deploying for real, step 1) and");
        output.WriteLine("pulumi is logged in, one command creates the stacks and sets every secret (it asks for each, without echo;");
        output.WriteLine("./out/infra secrets --check lists them; values are never shown):");
        output.WriteLine("  ./out/infra secrets");
        output.WriteLine("Provider credentials stay out of the app stack files: CI passes each job its own (docs/credentials.md);");
        output.WriteLine("on a laptop export VERCEL_API_TOKEN, NEON_API_KEY, CLOUDFLARE_API_TOKEN and SENTRY_TOKEN.");
        output.WriteLine("After editing a stack file, check it (./out/infra check prod) and regenerate what derives from it:");
        output.WriteLine("  ./out/infra docs prod > docs/inventory/prod.md; ./out/infra docs staging > docs/inventory/staging.md; ./out/infra runbooks -o docs/runbooks");
        output.WriteLine("Then follow the README's *Deploying for real*.");
    }

    [GeneratedRegex("^name:.*$", RegexOptions.Multiline)]
    private static partial Regex ProjectName();

    [GeneratedRegex("^description:.*$", RegexOptions.Multiline)]
    private static partial Regex Description();
}
