namespace Infra.Stacks.Cli;

/// <summary>What the CLI may touch: its two output streams, the environment and the project directory.</summary>
/// <param name="In">Answers to prompts (<c>infra init</c>); null where nobody can answer (stdin redirected from nothing, tests).</param>
public sealed record CliContext(TextWriter Out, TextWriter Error, Func<string, string?> GetEnvironment, string ProjectDirectory, TextReader? In = null);
