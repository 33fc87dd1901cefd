namespace Infra.Model;

/// <summary>
/// A stack config key the program reads at deploy time as <c>${Name}</c> (never copied into the
/// output): pulumi-yaml <c>config:</c> with its type and whether it is secret.
/// </summary>
public sealed record ConfigDeclaration(string Name, string Type = "string", bool Secret = false);
