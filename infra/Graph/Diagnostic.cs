namespace Infra.Graph;

/// <summary>How bad a diagnostic is: errors block the output, warnings are reported.</summary>
public enum Severity
{
    Warning,
    Error,
}

/// <summary>
/// A problem found while building or checking a program, as data: a stable code, where it is
/// (a logical name, a setting key) and one line saying what is wrong and what is allowed.
/// </summary>
public sealed record Diagnostic(Severity Severity, string Code, string Location, string Message)
{
    public static Diagnostic Error(string code, string location, string message) => new(Severity.Error, code, location, message);

    public static Diagnostic Warning(string code, string location, string message) => new(Severity.Warning, code, location, message);

    public bool IsError => Severity == Severity.Error;

    public override string ToString() =>
        $"{(IsError ? "error" : "warning")} {Code}: {Location}: {Message}";
}
