using Infra.Graph;

namespace Infra.Stacks.Cli;

/// <summary>Turns a load-and-build into a program or an exit code, printing the problems.</summary>
public static class BuildOutcome
{
    public static (ProgramGraph? Program, int ExitCode) Resolve(CliContext context, (BuildResult? Result, IReadOnlyList<Diagnostic> Errors) loaded)
    {
        var (result, errors) = loaded;
        if (result is null)
        {
            return (null, Reporter.Fail(context, errors, ExitCodes.BadInput));
        }

        if (result.Program is null)
        {
            return (null, Reporter.Fail(context, result.Diagnostics, ExitCodes.ProgramErrors));
        }

        Reporter.Warnings(context, result.Diagnostics);
        return (result.Program, ExitCodes.Ok);
    }
}
