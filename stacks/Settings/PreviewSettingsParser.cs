using System.Globalization;
using System.Text.RegularExpressions;
using Infra.Graph;
using Infra.Stacks.Settings.Catalog;

namespace Infra.Stacks.Settings;

/// <summary>
/// Settings of <c>pr-&lt;n&gt;</c> stacks: the base stack's stack file, read as that stack, plus
/// the pull request's own keys (<c>pr.branch</c>, optional <c>pr.url</c>) from its config, which
/// must also carry the base stack's provider config (<see cref="ProviderConfigCheck"/>).
/// </summary>
public static partial class PreviewSettingsParser
{
    /// <summary>The stack the previews derive from.</summary>
    public const string BaseStack = "staging";

    /// <summary>The pull request number of a <c>pr-&lt;n&gt;</c> stack name; null for other stacks.</summary>
    public static int? PullRequestNumber(string stack)
    {
        var match = PreviewStack().Match(stack);
        return match.Success && int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    public static (PreviewSettings? Settings, IReadOnlyList<Diagnostic> Errors) Parse(string stack, RawConfig baseConfig, RawConfig own)
    {
        var number = PullRequestNumber(stack) ?? throw new ArgumentException($"'{stack}' is not a pr-<n> stack", nameof(stack));
        var (settings, baseErrors) = StackSettingsParser.Parse(BaseStack, baseConfig);

        var r = new SettingsReader(own);
        var branch = r.Text(PreviewKeys.Branch);
        var url = r.OptionalText(PreviewKeys.Url);
        r.ReportUnknown();

        List<Diagnostic> errors = [.. baseErrors, .. r.Errors, .. ProviderConfigCheck.Run(stack, BaseStack, baseConfig, own)];
        if (settings is not null && settings.Vercel.Scope is null && url is null)
        {
            errors.Add(Diagnostic.Error(SettingsCodes.Missing, $"{baseConfig.Namespace}:vercel.scope",
                $"required for {stack}: the Vercel team slug in {baseConfig.Source}, to build the preview URL (or give pr.url)"));
        }

        return errors.Count > 0 || settings is null
            ? (null, errors)
            : (new PreviewSettings(stack, number, branch, settings) { Url = url }, []);
    }

    [GeneratedRegex("^pr-([1-9][0-9]{0,8})$")]
    private static partial Regex PreviewStack();
}
