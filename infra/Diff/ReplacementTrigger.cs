namespace Infra.Diff;

/// <summary>
/// An input whose change the provider cannot apply in place (Terraform <c>ForceNew</c>): Pulumi
/// deletes the resource and creates a new one, or fails while the resource is protected.
/// </summary>
/// <param name="Type">The resource type token.</param>
/// <param name="Property">The top-level input (a change anywhere below it counts).</param>
/// <param name="Source">Where the provider says so, at its pinned version.</param>
/// <param name="Loss">What goes with the old resource.</param>
/// <param name="Instead">What to do instead.</param>
public sealed record ReplacementTrigger(string Type, string Property, string Source, string Loss, string Instead)
{
    /// <summary>Removing the input is no replacement (the provider suppresses that difference).</summary>
    public bool RemovalIsSafe { get; init; }

    /// <summary>When a change may still be applied in place, the condition, such as "unless ...".</summary>
    public string? Caveat { get; init; }
}
