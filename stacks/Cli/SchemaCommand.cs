using System.CommandLine;
using Infra.Graph;
using Infra.Stacks.Settings;
using Infra.Stacks.Settings.Catalog;

namespace Infra.Stacks.Cli;

/// <summary>
/// <c>schema</c>: the JSON Schema of the project's stack files, generated from the settings catalog;
/// <c>--write</c> writes both (app stacks and bootstrap) to <c>schema/</c>, where the stack files'
/// <c># yaml-language-server: $schema=</c> line points an editor.
/// </summary>
public static class SchemaCommand
{
    /// <summary>Where <c>--write</c> puts the schemas, relative to the project directory.</summary>
    public const string Directory = "schema";

    public const string StackFile = "stack.schema.json";

    public const string BootstrapFile = "bootstrap.schema.json";

    /// <summary>The first line of a stack file that tells an editor its schema.</summary>
    public static string Modeline(bool bootstrap) =>
        $"# yaml-language-server: $schema=./{Directory}/{(bootstrap ? BootstrapFile : StackFile)}";

    public static Command Create(CliContext context, CliOptions options)
    {
        var bootstrap = new Option<bool>("--bootstrap") { Description = "The schema of Pulumi.bootstrap.yaml instead of the app stacks'." };
        var write = new Option<bool>("--write") { Description = $"Write both schemas to {Directory}/{StackFile} and {Directory}/{BootstrapFile} instead of printing one." };
        var command = new Command("schema", "Print the JSON Schema of the project's stack files (for editors), generated from the settings catalog.") { bootstrap, write };
        command.SetAction(parse => Run(options.Scope(parse, context), parse.GetValue(bootstrap), parse.GetValue(write)));
        return command;
    }

    public static int Run(CliContext context, bool bootstrap, bool write)
    {
        var (project, problem) = ProjectFile.ReadName(context.ProjectDirectory);
        if (project is null)
        {
            return Reporter.Fail(context, [Diagnostic.Error(SettingsCodes.NoSettings, ProjectFile.FileName, problem!)], ExitCodes.BadInput);
        }

        if (!write)
        {
            context.Out.Write(StackFileSchema.Generate(project, bootstrap ? SettingScope.Bootstrap : SettingScope.App));
            return ExitCodes.Ok;
        }

        SafeFile.Write(Path.Combine(context.ProjectDirectory, Directory, StackFile), StackFileSchema.Generate(project, SettingScope.App));
        SafeFile.Write(Path.Combine(context.ProjectDirectory, Directory, BootstrapFile), StackFileSchema.Generate(project, SettingScope.Bootstrap));
        context.Out.WriteLine($"wrote {Directory}/{StackFile} and {Directory}/{BootstrapFile}");
        return ExitCodes.Ok;
    }
}
