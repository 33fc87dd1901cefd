namespace Infra.Stacks.Cli;

/// <summary>What the CLI may touch: its two output streams, the environment and the project directory.</summary>
/// <param name="In">Answers to prompts (<c>infra init</c>); null where nobody can answer (stdin redirected from nothing, tests).</param>
/// <param name="ReadSecret">
/// Reads one secret typed at a terminal without echoing it (<c>infra secrets</c>), after the prompt
/// it is given; null where nobody can answer.
/// </param>
public sealed record CliContext(TextWriter Out, TextWriter Error, Func<string, string?> GetEnvironment, string ProjectDirectory, TextReader? In = null, Func<string, string?>? ReadSecret = null);
