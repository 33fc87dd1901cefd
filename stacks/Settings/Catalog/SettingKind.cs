namespace Infra.Stacks.Settings.Catalog;

/// <summary>The shape of a setting's value in a stack file.</summary>
public enum SettingKind
{
    /// <summary>One line of text.</summary>
    Text,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>A whole number.</summary>
    WholeNumber,

    /// <summary>A decimal number.</summary>
    Number,

    /// <summary>A YAML list of text, or comma-separated text.</summary>
    List,

    /// <summary>A list of items or objects with a structure of their own (read by its component).</summary>
    Objects,

    /// <summary>An object whose keys are names the stack chooses (environment variables), each value of the same shape.</summary>
    Map,
}
