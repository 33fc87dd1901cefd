using System.CommandLine;
using Infra.Stacks.Composition;
using Infra.Writer;

namespace Infra.Stacks.Cli;

/// <summary>
/// Compiler mode (pulumi-yaml's <c>compiler</c> option): stdout is the program and nothing else.
/// With <c>PULUMI_STACK</c> set, the stack's program from <c>PULUMI_CONFIG</c>; without it (plugin
/// discovery, <c>pulumi about</c>), a program that pins the same packages and declares nothing else.
/// </summary>
public static class CompileCommand
{
    public static Command Create(CliContext context, CliOptions options)
    {
        var command = new Command("compile", "Compiler mode for Pulumi: print the stack's program (PULUMI_STACK, PULUMI_PROJECT, PULUMI_CONFIG) on stdout.");
        command.SetAction(parse => Run(options.Scope(parse, context)));
        return command;
    }

    public static int Run(CliContext context)
    {
        var stack = StackName(context.GetEnvironment("PULUMI_STACK"));
        var project = context.GetEnvironment("PULUMI_PROJECT");
        if (string.IsNullOrEmpty(project))
        {
            var (name, problem) = ProjectFile.ReadName(context.ProjectDirectory);
            if (name is null)
            {
                return Reporter.Fail(context, problem!, ExitCodes.BadInput);
            }

            project = name;
        }

        if (stack is null)
        {
            var discovery = StackComposer.Discovery(project);
            context.Out.Write(PulumiYamlWriter.Write(discovery.Program!));
            return ExitCodes.Ok;
        }

        var (program, exitCode) = BuildOutcome.Resolve(
            context, StackLoader.FromEnvironment(context, project, stack, context.GetEnvironment("PULUMI_CONFIG") ?? "{}"));
        if (program is null)
        {
            return exitCode;
        }

        context.Out.Write(PulumiYamlWriter.Write(program));
        return ExitCodes.Ok;
    }

    /// <summary><c>PULUMI_STACK</c> may be fully qualified (<c>org/project/stack</c>): the stack is the text after the last '/'.</summary>
    public static string? StackName(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var name = value[(value.LastIndexOf('/') + 1)..].Trim();
        return name.Length == 0 ? null : name;
    }
}
