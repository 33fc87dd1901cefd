using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Infra.Graph;
using Infra.Stacks.Settings;

namespace Infra.Stacks.Cli;

/// <summary>
/// <c>backup-matrix</c>: the stacks whose settings enable backups, as the GitHub Actions matrix
/// (<c>{"include":[{"stack":"prod","suffix":"PROD","pgMajor":"17"}]}</c>) the backup and restore-check
/// workflows run: the workflows take their stacks from the project, never from a list kept by hand.
/// </summary>
public static class BackupMatrixCommand
{
    public static Command Create(CliContext context, CliOptions options)
    {
        var command = new Command("backup-matrix", "Print the stacks with backups (and their Postgres major) as a GitHub Actions matrix, one line of JSON.");
        command.SetAction(parse => Run(options.Scope(parse, context)));
        return command;
    }

    public static int Run(CliContext context)
    {
        var (matrix, errors) = Matrix(context);
        if (matrix is null)
        {
            return Reporter.Fail(context, errors, ExitCodes.BadInput);
        }

        context.Out.WriteLine(matrix);
        return ExitCodes.Ok;
    }

    /// <summary>The matrix of the app stacks in the context's directory, or every problem of their settings.</summary>
    public static (string? Matrix, IReadOnlyList<Diagnostic> Errors) Matrix(CliContext context)
    {
        var (project, problem) = ProjectFile.ReadName(context.ProjectDirectory);
        if (project is null)
        {
            return (null, [Diagnostic.Error(SettingsCodes.NoSettings, ProjectFile.FileName, problem!)]);
        }

        var include = new JsonArray();
        List<Diagnostic> errors = [];
        var stacks = StackLoader.KnownStacks(context.ProjectDirectory)
            .Where(s => s != BootstrapSettingsParser.Stack && PreviewSettingsParser.PullRequestNumber(s) is null);
        foreach (var stack in stacks)
        {
            var (settings, problems) = StackLoader.Settings(context, project, stack);
            errors.AddRange(problems);
            if (settings is { Backups.Enabled: true })
            {
                include.Add(new JsonObject
                {
                    ["stack"] = stack,
                    ["suffix"] = stack.ToUpperInvariant().Replace('-', '_'),
                    ["pgMajor"] = settings.Neon.PgVersion.ToString(CultureInfo.InvariantCulture),
                });
            }
        }

        return errors.Count > 0 ? (null, errors) : (new JsonObject { ["include"] = include }.ToJsonString(new JsonSerializerOptions { WriteIndented = false }), []);
    }
}
