using System.CommandLine;

namespace Infra.Stacks.Cli;

/// <summary>The command line: verbs, their options and help. Bad arguments exit with 2.</summary>
public static class CliApp
{
    /// <summary>The verbs that build one stack's program and take <c>--config</c> pairs.</summary>
    private static readonly string[] ConfigVerbs = ["synth", "plan", "graph", "docs", "diff", "check"];

    public static int Run(string[] args, CliContext context)
    {
        if (args.Length == 0 && CompileCommand.StackName(context.GetEnvironment("PULUMI_STACK")) is not null)
        {
            return CompileCommand.Run(context);
        }

        var parsed = Root(context).Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                context.Error.WriteLine("error: " + error.Message);
            }

            context.Error.WriteLine("run 'infra --help' for usage");
            return ExitCodes.BadInput;
        }

        // --config sets a setting of the one stack a verb builds: a verb that builds none would ignore it.
        if (parsed.GetValue<string[]>("--config") is { Length: > 0 } && !ConfigVerbs.Contains(parsed.CommandResult.Command.Name))
        {
            context.Error.WriteLine($"error: --config: '{parsed.CommandResult.Command.Name}' builds no stack program, so it would ignore the setting; give it to one of {string.Join(", ", ConfigVerbs)}, or edit the stack file");
            return ExitCodes.BadInput;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = context.Out, Error = context.Error, EnableDefaultExceptionHandler = false });
    }

    /// <summary>Every verb with its options and help (the runbooks' tests check the verbs they name against it).</summary>
    public static RootCommand Root(CliContext context)
    {
        var options = new CliOptions();
        return new RootCommand("Infra: compiles a team's platform, declared per stack in C#, into Pulumi YAML programs.")
        {
            options.ProjectDir,
            options.Config,
            CompileCommand.Create(context, options),
            SynthCommand.Create(context, options),
            StackReportCommand.Create(context, options, "plan",
                "Show what a stack declares: every resource by provider, its key settings, protection, and counts per provider.", PlanTable.Render),
            DiffCommand.Create(context, options),
            CheckCommand.Create(context, options),
            StackReportCommand.Create(context, options, "graph",
                "Print a stack's dependency graph as a Mermaid flowchart.", MermaidGraph.Render),
            StackReportCommand.Create(context, options, "docs",
                "Print a stack's inventory as Markdown: every resource by provider, lookups and outputs.", InventoryDocument.Render),
            ProviderKeysCommand.Create(context, options),
            SchemaCommand.Create(context, options),
            InitCommand.Create(context, options),
            RunbooksCommand.Create(context, options),
            BackupMatrixCommand.Create(context, options),
            SecretsCommand.Create(context, options),
            AdoptComputeCommand.Create(context, options),
        };
    }
}
