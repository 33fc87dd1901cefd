namespace Infra.Components;

/// <summary>An entry of the environment variable catalog: the key, whether it is secret, what it holds.</summary>
public sealed record EnvVariableSpec(string Key, bool Sensitive, string Description);
