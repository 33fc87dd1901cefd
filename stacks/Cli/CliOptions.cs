using System.CommandLine;

namespace Infra.Stacks.Cli;

/// <summary>The options every verb takes: where the project is, and settings for one run.</summary>
public sealed class CliOptions
{
    public Option<string?> ProjectDir { get; } = new("--project-dir", "-C")
    {
        Description = "The directory holding Pulumi.yaml and the stack files (default: the current directory).",
        Recursive = true,
    };

    public Option<string[]> Config { get; } = new("--config", "-c")
    {
        Description = "Set a setting for this run, as key=value (repeatable): pr.branch=feature/login, neon.pgVersion=18.",
        Recursive = true,
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>The context of one invocation, its project directory resolved.</summary>
    public CliContext Scope(ParseResult parse, CliContext context) =>
        parse.GetValue(ProjectDir) is { } dir
            ? context with { ProjectDirectory = Path.GetFullPath(Path.Combine(context.ProjectDirectory, dir)) }
            : context;

    public IReadOnlyList<string> Overrides(ParseResult parse) => parse.GetValue(Config) ?? [];
}
