namespace Infra.Tests.Conformance.TypeCheck;

/// <summary>How pulumi-yaml reports a diagnostic: errors stop the deployment, warnings do not.</summary>
internal enum TypeSeverity
{
    Error,
    Warning,
}
