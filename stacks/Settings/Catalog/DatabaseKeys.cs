namespace Infra.Stacks.Settings.Catalog;

/// <summary>Where the app's database is (<c>database.*</c>).</summary>
public static class DatabaseKeys
{
    public static Setting Provider { get; } = new("database.provider", SettingKind.Text, Rules.OneOfInOrder(["neon", "external"]),
        "`neon`: the stack's Neon project (`neon.*`); `external`: a Postgres database on another host, whose URLs are the secret stack config keys `DATABASE_URL` (pooled, the app's queries) and `DIRECT_URL` (direct: migrations and backups). No Neon resource then, and a pull request's preview gets no database of its own")
    {
        Default = "neon",
    };

    public static IReadOnlyList<Setting> All { get; } = [Provider];
}
