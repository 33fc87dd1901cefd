using System.CommandLine;
using Infra.Diff;

namespace Infra.Stacks.Cli;

/// <summary>
/// <c>diff &lt;before&gt; &lt;after&gt;</c>: the desired-state difference between two stacks or two
/// synthesized programs, as Markdown, offline and without credentials; secrets are masked.
/// </summary>
public static class DiffCommand
{
    public static Command Create(CliContext context, CliOptions options)
    {
        var before = new Argument<string>("before") { Description = "A stack name or a synthesized program file (the base)." };
        var after = new Argument<string>("after") { Description = "A stack name or a synthesized program file (the change)." };
        var title = new Option<string?>("--title") { Description = "The heading of the report (default: \"Desired state: <before> -> <after>\")." };
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of stdout." };
        var command = new Command("diff", "Show what differs between two stacks or two synthesized programs (Markdown; secrets masked; no credentials needed).")
        {
            before, after, title, output,
        };
        command.SetAction(parse => Run(options.Scope(parse, context), parse.GetRequiredValue(before), parse.GetRequiredValue(after), parse.GetValue(title), parse.GetValue(output), options.Overrides(parse)));
        return command;
    }

    public static int Run(CliContext context, string before, string after, string? title, string? output, IReadOnlyList<string> overrides)
    {
        var (old, oldCode) = ProgramSource.Load(context, before, overrides);
        var (now, nowCode) = ProgramSource.Load(context, after, overrides);
        if (old is null || now is null)
        {
            return Math.Max(oldCode, nowCode);
        }

        var report = DiffRenderer.Markdown(ProgramDiff.Compare(old, now), title ?? $"Desired state: {before} -> {after}");
        if (output is null)
        {
            context.Out.Write(report);
            return ExitCodes.Ok;
        }

        try
        {
            SafeFile.Write(Path.Combine(context.ProjectDirectory, output), report);
            return ExitCodes.Ok;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Reporter.Fail(context, $"{output}: cannot write: {e.Message}", ExitCodes.BadInput);
        }
    }
}
