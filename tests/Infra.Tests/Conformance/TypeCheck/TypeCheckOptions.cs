namespace Infra.Tests.Conformance.TypeCheck;

/// <summary>What the checker applies beyond pulumi-yaml's own analyser.</summary>
internal sealed record TypeCheckOptions
{
    /// <summary>pulumi-yaml's analyser only, exactly.</summary>
    public static TypeCheckOptions PulumiYamlOnly { get; } = new();

    /// <summary>pulumi-yaml's analyser plus the Infra rules (what the conformance tests require).</summary>
    public static TypeCheckOptions WithInfraRules { get; } = new() { CheckInvokeArguments = true };

    /// <summary>The Infra rule <see cref="TypeRule.InfraInvokeArguments"/>.</summary>
    public bool CheckInvokeArguments { get; init; }
}
