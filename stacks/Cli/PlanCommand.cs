using System.CommandLine;

namespace Infra.Stacks.Cli;

/// <summary><c>plan &lt;stack&gt;</c>: a table of every resource the stack declares, with counts per provider.</summary>
public static class PlanCommand
{
    public static Command Create(CliContext context, Option<string[]> config)
    {
        var stack = new Argument<string>("stack") { Description = "The stack whose Pulumi.<stack>.yaml to read (prod, staging, ...)." };
        var command = new Command("plan", "Show what a stack declares: every resource, its key settings, protection, and counts per provider.") { stack };
        command.SetAction(parse => Run(context, parse.GetRequiredValue(stack), parse.GetValue(config) ?? []));
        return command;
    }

    public static int Run(CliContext context, string stack, IReadOnlyList<string> overrides)
    {
        var (program, exitCode) = BuildOutcome.Resolve(context, StackLoader.FromStackFile(context, stack, overrides));
        if (program is null)
        {
            return exitCode;
        }

        context.Out.Write(PlanTable.Render(program, stack));
        return ExitCodes.Ok;
    }
}
