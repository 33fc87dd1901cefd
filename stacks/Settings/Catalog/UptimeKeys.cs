namespace Infra.Stacks.Settings.Catalog;

/// <summary>Uptime monitoring (<c>uptime.*</c>).</summary>
public static class UptimeKeys
{
    /// <summary>What <c>uptime.checks</c> takes, as its messages say it.</summary>
    public const string ChecksText = "a list of paths (\"/login\") or of objects {path: /api/health/db, keyword: '\"healthy\"', database: true}";

    /// <summary>A URL path as JSON text (the backslash of <see cref="Allowed.UrlPathRegex"/> needs none).</summary>
    private const string PathRegex = Allowed.UrlPathRegex;

    public static Setting Enabled { get; } = new("uptime.enabled", SettingKind.Boolean, Rules.Boolean, "`false` for stacks that are not public: no monitors")
    {
        Default = "true",
    };

    public static Setting Backend { get; } = new("uptime.backend", SettingKind.Text, Rules.OneOfInOrder(["aws", "betterstack"]),
        "`aws` (Route 53 + CloudWatch + SNS) or `betterstack`; also decides the backup heartbeat")
    {
        Default = "aws",
    };

    public static Setting Checks { get; } = new("uptime.checks", SettingKind.Objects, Rules.Check(Allowed.IsUrlPath, ChecksText),
        "paths, or objects `{path: /api/health/db, keyword: '\"healthy\"', database: true}`. `keyword`: text the response must contain (1 to 255 characters; `\"healthy\"` with its quotes is not part of `\"unhealthy\"`). `database: true`: answering the path queries the database; such a check is left out where `neon.suspendTimeoutSeconds` is not `-1` (a check every few seconds would keep a compute that scales to zero awake around the clock). Mark every such path, a catalog page rendered from the database included: only `/api/health/db` is marked by default")
    {
        DefaultDoc = "`/`, `/login`, `/api/health/db` (keyword `\"healthy\"`, database), `/courses`",
        ItemSchema = $$"""
            {
              "anyOf": [
                { "type": "string", "pattern": "{{PathRegex}}" },
                {
                  "type": "object",
                  "properties": {
                    "path": { "type": "string", "pattern": "{{PathRegex}}", "description": "the path to check, such as /api/health/db" },
                    "keyword": { "type": ["string", "number"], "minLength": 1, "maxLength": 255, "description": "text the response must contain" },
                    "database": { "enum": [true, false, "true", "false"], "description": "answering the path queries the database" }
                  },
                  "required": ["path"],
                  "additionalProperties": false
                }
              ]
            }
            """,
    };

    public static Setting AwsRegions { get; } = new("uptime.awsRegions", SettingKind.List, Rules.OneOf(Allowed.Route53Regions, "Route 53 checker regions").AtLeast(3),
        "the Route 53 checker regions, at least 3")
    {
        Default = "us-east-1,us-west-2,eu-west-1",
    };

    public static Setting BetterStackRegions { get; } = new("uptime.betterStackRegions", SettingKind.List, Rules.OneOf(Allowed.BetterStackRegions, "Better Stack regions").AtLeast(2),
        "the Better Stack regions, at least 2")
    {
        Default = "us,eu,as",
    };

    public static Setting SlowSeconds { get; } = new("uptime.slowSeconds", SettingKind.WholeNumber, Rules.Between(1, 60),
        "AWS: a page that takes longer than this to load, in two probe runs in a row (every 5 minutes), is a warning")
    {
        Default = "5",
    };

    public static Setting RequestTimeoutSeconds { get; } = new("uptime.requestTimeoutSeconds", SettingKind.WholeNumber, Rules.OneOfInOrder(Allowed.BetterStackTimeouts.Keys),
        "Better Stack: seconds before a request counts as failed")
    {
        Default = "15",
    };

    public static Setting TlsWarningDays { get; } = new("uptime.tlsWarningDays", SettingKind.WholeNumber, Rules.OneOfInOrder(Allowed.BetterStackSslDays.Keys),
        "warn this many days before the TLS certificate expires (both backends)")
    {
        Default = "14",
    };

    public static IReadOnlyList<Setting> All { get; } = [Enabled, Backend, Checks, AwsRegions, BetterStackRegions, SlowSeconds, RequestTimeoutSeconds, TlsWarningDays];
}
