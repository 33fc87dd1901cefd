namespace Infra.Stacks.Settings;

/// <summary>What a stack is for; it sets the defaults that differ between production and the rest.</summary>
public enum Tier
{
    /// <summary>What users reach: resources protected, databases never suspend, longest restore window.</summary>
    Production,

    /// <summary>Release rehearsal: the same set, named <c>&lt;app&gt;-&lt;stack&gt;</c>, nothing protected.</summary>
    Staging,
}
