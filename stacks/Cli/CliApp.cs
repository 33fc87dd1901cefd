using System.CommandLine;

namespace Infra.Stacks.Cli;

/// <summary>The command line: verbs, their options and help. Bad arguments exit with 2.</summary>
public static class CliApp
{
    public static int Run(string[] args, CliContext context)
    {
        if (args.Length == 0 && CompileCommand.StackName(context.GetEnvironment("PULUMI_STACK")) is not null)
        {
            return CompileCommand.Run(context);
        }

        var projectDir = new Option<string?>("--project-dir", "-C")
        {
            Description = "The directory holding Pulumi.yaml and the stack files (default: the current directory).",
            Recursive = true,
        };
        var config = new Option<string[]>("--config", "-c")
        {
            Description = "Set a setting for this run, as key=value (repeatable): pr.branch=feature/login, neon.pgVersion=18.",
            Recursive = true,
            AllowMultipleArgumentsPerToken = false,
        };
        var root = new RootCommand("Infra: compiles a team's platform, declared per stack in C#, into Pulumi YAML programs.")
        {
            projectDir,
            config,
        };

        var parsed = root.Parse(args);
        var dir = parsed.GetValue(projectDir);
        var scoped = dir is null ? context : context with { ProjectDirectory = Path.GetFullPath(Path.Combine(context.ProjectDirectory, dir)) };
        root.Subcommands.Add(CompileCommand.Create(scoped));
        root.Subcommands.Add(SynthCommand.Create(scoped, config));
        root.Subcommands.Add(StackReportCommand.Create(scoped, config, "plan",
            "Show what a stack declares: every resource by provider, its key settings, protection, and counts per provider.", PlanTable.Render));
        root.Subcommands.Add(DiffCommand.Create(scoped, config));
        root.Subcommands.Add(CheckCommand.Create(scoped, config));
        root.Subcommands.Add(StackReportCommand.Create(scoped, config, "graph",
            "Print a stack's dependency graph as a Mermaid flowchart.", MermaidGraph.Render));
        root.Subcommands.Add(StackReportCommand.Create(scoped, config, "docs",
            "Print a stack's inventory as Markdown: every resource by provider, lookups and outputs.", InventoryDocument.Render));

        parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                context.Error.WriteLine("error: " + error.Message);
            }

            context.Error.WriteLine("run 'infra --help' for usage");
            return ExitCodes.BadInput;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = context.Out, Error = context.Error, EnableDefaultExceptionHandler = false });
    }
}
