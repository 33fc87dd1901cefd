namespace Infra.Stacks.Cli;

/// <summary>What the CLI may touch: its two output streams, the environment and the project directory.</summary>
public sealed record CliContext(TextWriter Out, TextWriter Error, Func<string, string?> GetEnvironment, string ProjectDirectory);
