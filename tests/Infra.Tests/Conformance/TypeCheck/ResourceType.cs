namespace Infra.Tests.Conformance.TypeCheck;

/// <summary>
/// <c>schema.ResourceType</c>: the type of <c>${res}</c>. pulumi-yaml makes a new one per resource declaration
/// (<c>packages.go</c> <c>ResourceTypeHint</c>); only the token matters for assignability.
/// </summary>
internal sealed class ResourceType(string token, ResourceDefinition resource) : SchemaType
{
    public string Token { get; } = token;

    public ResourceDefinition Resource { get; } = resource;
}
