namespace Infra.Stacks.Settings.Catalog;

/// <summary>A pull request stack's own keys (<c>pr.*</c>).</summary>
public static class PreviewKeys
{
    public static Setting Branch { get; } = new("pr.branch", SettingKind.Text, VercelKeys.Branch().Saying(Allowed.BranchText + " (the pull request's head branch)"),
        "the pull request's head branch: Vercel variables are scoped to it")
    {
        Required = true,
        Example = "feature/login",
        Scope = SettingScope.Preview,
    };

    public static Setting Url { get; } = new("pr.url", SettingKind.Text, Rules.Check(Allowed.IsOrigin, Allowed.OriginText),
        "the preview's URL, when Vercel shortens a long branch URL")
    {
        DefaultDoc = "`https://<staging project>-git-<branch>-<vercel.scope>.vercel.app`",
        Example = "https://shop-git-feature-login-example.vercel.app",
        Scope = SettingScope.Preview,
    };

    public static IReadOnlyList<Setting> All { get; } = [Branch, Url];
}
