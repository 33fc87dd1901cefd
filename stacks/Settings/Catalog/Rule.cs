using System.Collections.Immutable;

namespace Infra.Stacks.Settings.Catalog;

/// <summary>
/// What a setting's value may be: the check the parser runs, the text its messages show, and the
/// same rule as JSON Schema facets (choices, pattern, range) where one exists. The parser is the
/// authority; a facet may be looser (a pattern cannot say "no two dots"), never stricter.
/// </summary>
/// <param name="Text">What is allowed, as an error message says it.</param>
/// <param name="Valid">The parser's check of one value (one item of a list).</param>
public sealed record Rule(string Text, Func<string, bool> Valid)
{
    /// <summary>The only values allowed, when they are a closed set.</summary>
    public ImmutableArray<string> Choices { get; init; } = [];

    /// <summary>An ECMAScript regular expression every value matches (JSON Schema <c>pattern</c>).</summary>
    public string? Pattern { get; init; }

    /// <summary>The smallest number allowed.</summary>
    public double? Minimum { get; init; }

    /// <summary>The largest number allowed.</summary>
    public double? Maximum { get; init; }

    /// <summary>The fewest items of a list.</summary>
    public int MinItems { get; init; }

    /// <summary>The same rule for a list of at least <paramref name="count"/> items.</summary>
    public Rule AtLeast(int count) => this with { MinItems = count };

    /// <summary>The same rule with another message text.</summary>
    public Rule Saying(string text) => this with { Text = text };
}
