namespace Infra.Diff;

/// <summary>What to do when a change of <paramref name="Property"/> of a <paramref name="Type"/> is ignored (<c>ignoreChanges</c>).</summary>
public sealed record IgnoredChangeHint(string Type, string Property, string Hint);
