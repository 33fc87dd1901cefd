namespace Infra.Stacks.Settings.Catalog;

/// <summary>The stack's identity: tier, app, domain, repository.</summary>
public static class CoreKeys
{
    public static Setting Tier { get; } = new("tier", SettingKind.Text, Rules.OneOf(["production", "staging"]),
        "`production` or `staging`: sets the defaults that differ between them (the columns of this table). Never guessed from any other stack name")
    {
        Default = "production",
        StagingDefault = "staging",
        DefaultDoc = "`production` for `prod`, `staging` for `staging`; **required** for a stack of any other name",
    };

    public static Setting App { get; } = new("app", SettingKind.Text, Rules.Like(Allowed.AppNameRegex, Allowed.AppNameText, t => t.Length <= 40),
        "lower-case letters, digits and hyphens, starting with a letter, at most 40: the name of the app's resources (`<app>` in production, `<app>-<stack>` elsewhere)")
    {
        Required = true,
        Example = "shop",
    };

    public static Setting Domain { get; } = new("domain", SettingKind.Text, Rules.Like(Allowed.HostnameRegex, Allowed.HostnameText),
        "the app's hostname, without scheme, path or port (`app.example.com`)")
    {
        Required = true,
        Example = "app.example.com",
    };

    public static Setting Protect { get; } = new("protect", SettingKind.Boolean, Rules.Boolean,
        "protects (and retains on delete) the Neon and Vercel projects, the R2 buckets and the backup bucket")
    {
        Default = "true",
        StagingDefault = "false",
    };

    public static Setting LogLevel { get; } = new("logLevel", SettingKind.Text, Rules.OneOf(Allowed.LogLevels),
        "the app's log level, sent as `LOG_LEVEL`")
    {
        Default = "info",
    };

    public static Setting Repository { get; } = new("github.repository", SettingKind.Text, Rules.Like(Allowed.RepositoryRegex, Allowed.RepositoryText),
        "the app's GitHub repository, `owner/repo`")
    {
        Required = true,
        Example = "example/shop",
        Scope = SettingScope.App | SettingScope.Bootstrap,
    };

    public static IReadOnlyList<Setting> All { get; } = [Tier, App, Domain, Protect, LogLevel, Repository];
}
