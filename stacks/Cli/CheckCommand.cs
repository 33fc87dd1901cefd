using System.CommandLine;
using System.Globalization;
using Infra.Diff;
using Infra.Graph;
using Infra.Policies;
using Infra.Writer;

namespace Infra.Stacks.Cli;

/// <summary>
/// <c>check &lt;stack&gt; [--base &lt;program&gt;]</c>: the graph checks and every policy, as a report; with
/// <c>--base</c> also every change from that program that replaces a resource or that Pulumi ignores
/// (<see cref="ChangeRisks"/>). Exit 1 when any fails.
/// </summary>
public static class CheckCommand
{
    public static Command Create(CliContext context, CliOptions options)
    {
        var stack = new Argument<string>("stack") { Description = "The stack to check (prod, staging, pr-<n>, ...)." };
        var baseProgram = new Option<string?>("--base")
        {
            Description = "The program the stack runs now (a synthesized file, such as the base branch's): a change that would replace a resource (a new Neon project: all data) or that Pulumi ignores fails the check.",
        };
        var command = new Command("check", "Check a stack's program against the graph rules and the policies; exit 1 on any error.") { stack, baseProgram };
        command.SetAction(parse => Run(options.Scope(parse, context), parse.GetRequiredValue(stack), parse.GetValue(baseProgram), options.Overrides(parse)));
        return command;
    }

    public static int Run(CliContext context, string stack, string? baseProgram, IReadOnlyList<string> overrides)
    {
        var (result, errors) = StackLoader.FromStackFile(context, stack, overrides);
        if (result is null)
        {
            return Reporter.Fail(context, errors, ExitCodes.BadInput);
        }

        var risks = new List<Diagnostic>();
        if (baseProgram is not null && result.Program is not null)
        {
            var (before, exitCode) = ProgramSource.Load(context, baseProgram, overrides);
            if (before is null)
            {
                return exitCode;
            }

            var (after, _) = ProgramTree.Parse(PulumiYamlWriter.Write(result.Program));
            risks.AddRange(ChangeRisks.Find(ProgramDiff.Compare(before, after!)).Select(r => Diagnostic.Error(r.Code, r.Resource, r.Message)));
        }

        foreach (var diagnostic in result.Diagnostics.Concat(risks))
        {
            context.Out.WriteLine(diagnostic.ToString());
        }

        foreach (var policy in PolicySet.All)
        {
            var failed = result.Diagnostics.Any(d => d.Code == policy.Id);
            context.Out.WriteLine($"{(failed ? "FAIL" : "ok  ")} {policy.Id} {policy.Description}");
        }

        if (baseProgram is not null)
        {
            context.Out.WriteLine($"{(risks.Count > 0 ? "FAIL" : "ok  ")} {ChangeRisk.ReplacementCode}/{ChangeRisk.IgnoredCode} no change from {baseProgram} replaces a resource or is ignored");
        }

        var errorCount = result.Diagnostics.Count(d => d.IsError) + risks.Count;
        var warningCount = result.Diagnostics.Length - result.Diagnostics.Count(d => d.IsError);
        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"check {stack}: {PolicySet.All.Count} policies, {errorCount} error(s), {warningCount} warning(s)"));
        return result.Program is null || risks.Count > 0 ? ExitCodes.ProgramErrors : ExitCodes.Ok;
    }
}
