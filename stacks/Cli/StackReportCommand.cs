using System.CommandLine;
using Infra.Graph;

namespace Infra.Stacks.Cli;

/// <summary>A verb that builds one stack's program offline and prints a report of it (<c>plan</c>, <c>graph</c>, <c>docs</c>).</summary>
public static class StackReportCommand
{
    public static Command Create(CliContext context, CliOptions options, string name, string description, Func<ProgramGraph, string, string> render)
    {
        var stack = new Argument<string>("stack") { Description = "The stack: prod, staging, pr-<n> (with --config pr.branch=...), ..." };
        var command = new Command(name, description) { stack };
        command.SetAction(parse => Run(options.Scope(parse, context), parse.GetRequiredValue(stack), options.Overrides(parse), render));
        return command;
    }

    public static int Run(CliContext context, string stack, IReadOnlyList<string> overrides, Func<ProgramGraph, string, string> render)
    {
        var (program, exitCode) = BuildOutcome.Resolve(context, StackLoader.FromStackFile(context, stack, overrides));
        if (program is null)
        {
            return exitCode;
        }

        context.Out.Write(render(program, stack));
        return ExitCodes.Ok;
    }
}
