namespace Infra.Model;

/// <summary>A resource that names the few inputs worth showing in a plan table.</summary>
public interface ISummarized
{
    /// <summary>The schema names of the inputs to show, in the order to show them.</summary>
    IReadOnlyList<string> SummaryKeys { get; }
}
