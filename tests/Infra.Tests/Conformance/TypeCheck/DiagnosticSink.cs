namespace Infra.Tests.Conformance.TypeCheck;

/// <summary>Collects diagnostics, each tagged with the program node being checked.</summary>
internal sealed class DiagnosticSink
{
    private readonly List<TypeDiagnostic> _diagnostics = [];

    /// <summary>The node being checked: a resource name, <c>variables.x</c>, <c>outputs.x</c> or <c>config.x</c>.</summary>
    public string Location { get; set; } = "";

    public IReadOnlyList<TypeDiagnostic> Diagnostics => _diagnostics;

    public void Error(string summary, string detail = "", TypeRule rule = TypeRule.PulumiYaml) =>
        _diagnostics.Add(new TypeDiagnostic(TypeSeverity.Error, Location, summary, detail, rule));

    public void Warning(string summary, string detail = "", TypeRule rule = TypeRule.PulumiYaml) =>
        _diagnostics.Add(new TypeDiagnostic(TypeSeverity.Warning, Location, summary, detail, rule));

    public void Report(string message, TypeSeverity severity)
    {
        if (severity == TypeSeverity.Error)
        {
            Error(message);
        }
        else
        {
            Warning(message);
        }
    }
}
