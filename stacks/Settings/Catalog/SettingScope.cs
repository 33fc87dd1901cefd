namespace Infra.Stacks.Settings.Catalog;

/// <summary>Which stack files a setting belongs in.</summary>
[Flags]
public enum SettingScope
{
    /// <summary>The app's stacks (<c>prod</c>, <c>staging</c>, any other tiered stack).</summary>
    App = 1,

    /// <summary>A pull request stack's own config (<c>pr-&lt;n&gt;</c>), beside staging's file.</summary>
    Preview = 2,

    /// <summary>The delivery setup's stack (<c>bootstrap</c>).</summary>
    Bootstrap = 4,
}
