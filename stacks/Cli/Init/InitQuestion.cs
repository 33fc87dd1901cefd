using Infra.Stacks.Settings.Catalog;

namespace Infra.Stacks.Cli.Init;

/// <summary>One answer <c>infra init</c> needs: its option, its prompt, the rule its value keeps, and its default.</summary>
/// <param name="Option">The option without dashes: <c>domain</c> for <c>--domain</c>.</param>
/// <param name="Prompt">What the prompt asks, and where to find the value.</param>
/// <param name="Rule">What the value may be (the catalog's rule of the setting it becomes).</param>
/// <param name="Default">The value when none is given; null when the answer is required.</param>
public sealed record InitQuestion(string Option, string Prompt, Rule Rule, Func<IReadOnlyDictionary<string, string>, string?>? Default = null);
