using Infra.Diff;
using Infra.Writer;

namespace Infra.Stacks.Cli;

/// <summary>A program to compare: a synthesized file if one exists at the path, else a stack of the project.</summary>
public static class ProgramSource
{
    /// <summary>The program read back for comparison, or null with the exit code after reporting why.</summary>
    public static (ProgramTree? Tree, int ExitCode) Load(CliContext context, string source, IReadOnlyList<string> overrides)
    {
        var path = Path.Combine(context.ProjectDirectory, source);
        string yaml;
        if (File.Exists(path))
        {
            yaml = File.ReadAllText(path);
        }
        else if (source.Contains('/', StringComparison.Ordinal) || source.EndsWith(".yaml", StringComparison.Ordinal) || source.EndsWith(".yml", StringComparison.Ordinal))
        {
            return (null, Reporter.Fail(context, $"{source}: file not found", ExitCodes.BadInput));
        }
        else
        {
            var (program, exitCode) = BuildOutcome.Resolve(context, StackLoader.FromStackFile(context, source, overrides));
            if (program is null)
            {
                return (null, exitCode);
            }

            yaml = PulumiYamlWriter.Write(program);
        }

        var (tree, problem) = ProgramTree.Parse(yaml);
        return tree is null ? (null, Reporter.Fail(context, $"{source}: {problem}", ExitCodes.BadInput)) : (tree, ExitCodes.Ok);
    }
}
