namespace Infra.Model;

/// <summary>
/// A former identity of a resource. Either a full <see cref="Urn"/>, or the parts that changed
/// (<see cref="Name"/>, <see cref="Type"/>, <see cref="Stack"/>, <see cref="Project"/>); the
/// parts left out default to the resource's current ones.
/// </summary>
public sealed record ResourceAlias
{
    public string? Urn { get; init; }

    public string? Name { get; init; }

    public string? Type { get; init; }

    public string? Stack { get; init; }

    public string? Project { get; init; }

    public bool NoParent { get; init; }

    public static ResourceAlias FromName(string name) => new() { Name = name };
}
