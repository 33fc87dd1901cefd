namespace Infra.Stacks.Cli;

/// <summary>The exit codes of every verb.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The program was built but a check found errors.</summary>
    public const int ProgramErrors = 1;

    /// <summary>Bad input: settings, arguments, files. One line per problem on stderr.</summary>
    public const int BadInput = 2;

    /// <summary>A defect of Infra itself (reported in one line, never a stack trace).</summary>
    public const int InternalError = 70;
}
