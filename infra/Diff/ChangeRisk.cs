using System.Collections.Immutable;

namespace Infra.Diff;

/// <summary>A change that does not do what it says: it replaces a resource, or Pulumi ignores it.</summary>
/// <param name="Resource">The logical name.</param>
/// <param name="Property">The input that changed.</param>
/// <param name="Lines">The changed lines under that input.</param>
/// <param name="Message">One line: what happens and what to do.</param>
public sealed record ChangeRisk(string Code, string Resource, string Property, ImmutableArray<LineChange> Lines, string Message)
{
    /// <summary>A replacement (a new resource instead of an update).</summary>
    public const string ReplacementCode = "INF301";

    /// <summary>A change of an input the resource's <c>ignoreChanges</c> names: never applied.</summary>
    public const string IgnoredCode = "INF302";

    public bool IsReplacement => Code == ReplacementCode;
}
