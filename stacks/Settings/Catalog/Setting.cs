namespace Infra.Stacks.Settings.Catalog;

/// <summary>
/// One setting, declared once: the parser reads it through this declaration, and the settings
/// reference (docs/settings.md) and the stack files' JSON Schema are generated from it.
/// </summary>
/// <param name="Key">The path under the project's namespace, as <c>pulumi config set --path</c> takes it: <c>neon.region</c>.</param>
/// <param name="Kind">The shape of its value.</param>
/// <param name="Rule">What a value (an item of a list) may be.</param>
/// <param name="Doc">What it does, for the reference (Markdown).</param>
public sealed record Setting(string Key, SettingKind Kind, Rule Rule, string Doc)
{
    /// <summary>
    /// The value when the key is absent, as it would be written (a list as comma-separated text, empty
    /// for none), in production, and in the other tiers unless <see cref="StagingDefault"/> is set. It
    /// may name <c>{stack}</c>, <c>{app}</c>, <c>{resource}</c> (the stack's resource name) and <c>{domain}</c>. Null:
    /// no value (an optional setting).
    /// </summary>
    public string? Default { get; init; }

    /// <summary>The default of the tiers other than production, when it differs.</summary>
    public string? StagingDefault { get; init; }

    /// <summary>The reference's default column, where the default is computed from other settings.</summary>
    public string? DefaultDoc { get; init; }

    /// <summary>Whether every stack must set it.</summary>
    public bool Required { get; init; }

    /// <summary>A valid value, for settings without a default (the schema's and the tests' example); for a map, one <c>NAME: value</c> entry.</summary>
    public string? Example { get; init; }

    /// <summary>The JSON Schema of one item, for <see cref="SettingKind.Objects"/>.</summary>
    public string? ItemSchema { get; init; }

    /// <summary>The stack files it belongs in.</summary>
    public SettingScope Scope { get; init; } = SettingScope.App;

    /// <summary>The default in a tier, before its names are filled in.</summary>
    public string? DefaultFor(bool production) => production ? Default : StagingDefault ?? Default;

    /// <summary>Whether the default is the same in every tier and names nothing of the stack: a constant.</summary>
    public bool HasConstantDefault => Default is not null && (StagingDefault is null || StagingDefault == Default) && !Default.Contains('{', StringComparison.Ordinal);
}
