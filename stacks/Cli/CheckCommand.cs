using System.CommandLine;
using System.Globalization;
using Infra.Policies;

namespace Infra.Stacks.Cli;

/// <summary><c>check &lt;stack&gt;</c>: the graph checks and every policy, as a report; exit 1 when any fails.</summary>
public static class CheckCommand
{
    public static Command Create(CliContext context, CliOptions options)
    {
        var stack = new Argument<string>("stack") { Description = "The stack to check (prod, staging, pr-<n>, ...)." };
        var command = new Command("check", "Check a stack's program against the graph rules and the policies; exit 1 on any error.") { stack };
        command.SetAction(parse => Run(options.Scope(parse, context), parse.GetRequiredValue(stack), options.Overrides(parse)));
        return command;
    }

    public static int Run(CliContext context, string stack, IReadOnlyList<string> overrides)
    {
        var (result, errors) = StackLoader.FromStackFile(context, stack, overrides);
        if (result is null)
        {
            return Reporter.Fail(context, errors, ExitCodes.BadInput);
        }

        foreach (var diagnostic in result.Diagnostics)
        {
            context.Out.WriteLine(diagnostic.ToString());
        }

        foreach (var policy in PolicySet.All)
        {
            var failed = result.Diagnostics.Any(d => d.Code == policy.Id);
            context.Out.WriteLine($"{(failed ? "FAIL" : "ok  ")} {policy.Id} {policy.Description}");
        }

        var errorCount = result.Diagnostics.Count(d => d.IsError);
        var warningCount = result.Diagnostics.Length - errorCount;
        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"check {stack}: {PolicySet.All.Count} policies, {errorCount} error(s), {warningCount} warning(s)"));
        return result.Program is null ? ExitCodes.ProgramErrors : ExitCodes.Ok;
    }
}
