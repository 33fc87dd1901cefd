using System.Text.RegularExpressions;

namespace Infra.Stacks.Composition;

/// <summary>The shape of a resource type's import id, where its provider's source fixes one, and where to find it.</summary>
/// <param name="Pattern">The id's pattern.</param>
/// <param name="Text">What the id looks like, for messages.</param>
/// <param name="Where">Where a team finds it.</param>
public sealed record ImportIdShape(Regex Pattern, string Text, string Where);
