using Infra.Graph;

namespace Infra.Stacks.Cli;

/// <summary>Prints diagnostics, one line each, on stderr, and picks the exit code.</summary>
public static class Reporter
{
    public static int Fail(CliContext context, IEnumerable<Diagnostic> diagnostics, int exitCode)
    {
        foreach (var d in diagnostics)
        {
            context.Error.WriteLine(d.ToString());
        }

        return exitCode;
    }

    public static int Fail(CliContext context, string message, int exitCode)
    {
        context.Error.WriteLine("error: " + message);
        return exitCode;
    }

    /// <summary>Warnings of a successful build go to stderr too; stdout stays the program.</summary>
    public static void Warnings(CliContext context, IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics.Where(d => !d.IsError))
        {
            context.Error.WriteLine(d.ToString());
        }
    }
}
