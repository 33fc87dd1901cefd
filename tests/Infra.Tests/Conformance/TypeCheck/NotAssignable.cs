using System.Collections.Immutable;
using System.Text;

namespace Infra.Tests.Conformance.TypeCheck;

/// <summary>
/// Why an assignment fails: pulumi-yaml's <c>notAssignable</c> tree (<c>pkg/pulumiyaml/analyser.go:82-194</c>,
/// v1.38.1). Null stands for Go's nil (assignable). Ranges are not modelled.
/// </summary>
internal sealed record NotAssignable
{
    public string Reason { get; init; } = "";

    public ImmutableArray<NotAssignable> Because { get; init; } = [];

    /// <summary>A failure of the checker itself rather than of the program: reported as a warning.</summary>
    public bool Internal { get; init; }

    /// <summary>The property label printed before the reason (<c>prop: reason</c>).</summary>
    public string Property { get; init; } = "";

    /// <summary>Set only by the unknown-property failure.</summary>
    public string SummaryText { get; init; } = "";

    /// <summary>The own summary, else the single child's, else empty (<c>analyser.go:91-103</c>).</summary>
    public string Summary => SummaryText.Length > 0 ? SummaryText : Because.Length == 1 ? Because[0].Summary : "";

    /// <summary>This node or any descendant is internal (<c>analyser.go:128-138</c>).</summary>
    public bool IsInternal => Internal || Because.Any(b => b.IsInternal);

    public NotAssignable WithBecause(IEnumerable<NotAssignable> because) => this with { Because = [.. because] };

    public NotAssignable WithBecause(params NotAssignable[] because) => this with { Because = [.. because] };

    public NotAssignable WithProperty(string property) => this with { Property = property };

    /// <summary>Go's <c>WithReason</c> appends to the reason.</summary>
    public NotAssignable AppendReason(string text) => this with { Reason = Reason + text };

    /// <summary><c>[indent]prop: reason[:]</c>, then each child one level deeper (<c>analyser.go:111-124</c>).</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        Append(text, 0);
        return text.ToString();
    }

    private void Append(StringBuilder text, int indent)
    {
        text.Append(' ', indent * 2);
        if (Property.Length > 0)
        {
            text.Append(Property).Append(": ");
        }

        text.Append(Reason);
        if (Because.Length > 0)
        {
            text.Append(':');
        }

        foreach (var child in Because)
        {
            text.Append('\n');
            child.Append(text, indent + 1);
        }
    }
}
