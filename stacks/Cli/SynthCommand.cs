using System.CommandLine;
using Infra.Writer;

namespace Infra.Stacks.Cli;

/// <summary><c>synth &lt;stack&gt; [-o file]</c>: the stack's program from its stack file, offline.</summary>
public static class SynthCommand
{
    public static Command Create(CliContext context, CliOptions options)
    {
        var stack = new Argument<string>("stack") { Description = "The stack whose Pulumi.<stack>.yaml to read (prod, staging, ...)." };
        var output = new Option<string?>("--output", "-o") { Description = "Write the program to this file (whole or not at all) instead of stdout." };
        var command = new Command("synth", "Synthesize a stack's Pulumi YAML program from its stack file, offline.") { stack, output };
        command.SetAction(parse => Run(options.Scope(parse, context), parse.GetRequiredValue(stack), parse.GetValue(output), options.Overrides(parse)));
        return command;
    }

    public static int Run(CliContext context, string stack, string? output, IReadOnlyList<string> overrides)
    {
        var (program, exitCode) = BuildOutcome.Resolve(context, StackLoader.FromStackFile(context, stack, overrides));
        if (program is null)
        {
            return exitCode;
        }

        var yaml = PulumiYamlWriter.Write(program);
        if (output is null)
        {
            context.Out.Write(yaml);
            return ExitCodes.Ok;
        }

        try
        {
            SafeFile.Write(Path.Combine(context.ProjectDirectory, output), yaml);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Reporter.Fail(context, $"{output}: cannot write: {e.Message}", ExitCodes.BadInput);
        }

        return ExitCodes.Ok;
    }
}
