using System.CommandLine;
using Infra.Graph;
using Infra.Stacks.Cli.Runbooks;

namespace Infra.Stacks.Cli;

/// <summary>
/// <c>runbooks</c>: the runbooks with the project's own names (its Vercel and Neon projects, buckets,
/// alarm prefixes, channels and thresholds, from the prod and staging stack files), printed, or
/// written to a directory (the repository keeps them in <c>docs/runbooks</c>).
/// </summary>
public static class RunbooksCommand
{
    public static Command Create(CliContext context, CliOptions options)
    {
        var output = new Option<string?>("--output", "-o") { Description = "Write each runbook to this directory instead of printing them (docs/runbooks)." };
        var command = new Command("runbooks", "Render the runbooks with this project's names, from its prod and staging stack files.") { output };
        command.SetAction(parse => Run(options.Scope(parse, context), parse.GetValue(output)));
        return command;
    }

    public static int Run(CliContext context, string? directory)
    {
        var (rendered, errors) = Render(context);
        if (rendered is null)
        {
            return Reporter.Fail(context, errors, ExitCodes.BadInput);
        }

        foreach (var (name, text) in rendered)
        {
            if (directory is null)
            {
                context.Out.Write(text);
                context.Out.WriteLine();
            }
            else
            {
                SafeFile.Write(Path.Combine(context.ProjectDirectory, directory, name), text);
            }
        }

        return ExitCodes.Ok;
    }

    /// <summary>Every runbook rendered for the project in the context's directory, or why not.</summary>
    public static (IReadOnlyList<(string Name, string Text)>? Runbooks, IReadOnlyList<Diagnostic> Errors) Render(CliContext context)
    {
        var (project, problem) = ProjectFile.ReadName(context.ProjectDirectory);
        if (project is null)
        {
            return (null, [Diagnostic.Error(Settings.SettingsCodes.NoSettings, ProjectFile.FileName, problem!)]);
        }

        var (prod, prodErrors) = StackLoader.Settings(context, project, "prod");
        var (staging, stagingErrors) = StackLoader.Settings(context, project, "staging");
        if (prod is null || staging is null)
        {
            return (null, [.. prodErrors, .. stagingErrors]);
        }

        var values = RunbookValues.For(project, prod, staging);
        return ([.. RunbookTemplates.All.Select(t => (t.Name, RunbookTemplates.Render(t.Template, values)))], []);
    }
}
