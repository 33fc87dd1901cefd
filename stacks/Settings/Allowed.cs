using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Infra.Stacks.Settings;

/// <summary>The allowed values and shapes of settings, with the text that says so in messages.</summary>
public static partial class Allowed
{
    /// <summary>Vercel function regions (https://vercel.com/docs/edge-network/regions).</summary>
    public static ImmutableSortedSet<string> VercelRegions { get; } = ImmutableSortedSet.Create(StringComparer.Ordinal,
        "arn1", "bom1", "cdg1", "cle1", "cpt1", "dub1", "dxb1", "fra1", "gru1", "hkg1", "hnd1", "iad1", "icn1", "kix1", "lhr1", "pdx1", "sfo1", "sin1", "syd1");

    /// <summary>Neon region ids.</summary>
    public static ImmutableSortedSet<string> NeonRegions { get; } = ImmutableSortedSet.Create(StringComparer.Ordinal,
        "aws-us-east-1", "aws-us-east-2", "aws-us-west-2", "aws-eu-central-1", "aws-eu-west-2", "aws-ap-southeast-1", "aws-ap-southeast-2", "aws-sa-east-1",
        "azure-eastus2", "azure-westus3", "azure-gwc");

    public static ImmutableSortedSet<string> NodeVersions { get; } = ImmutableSortedSet.Create(StringComparer.Ordinal, "18.x", "20.x", "22.x", "24.x");

    /// <summary>Skew protection windows of the provider (terraform-provider-vercel v5.4.1 vercel/resource_project.go), or off.</summary>
    public static ImmutableSortedSet<string> SkewProtections { get; } = ImmutableSortedSet.Create(StringComparer.Ordinal,
        "30 minutes", "4 hours", "12 hours", "1 day", "7 days", "off");

    /// <summary>Deployment retention periods of the provider (vercel/resource_project_deployment_retention.go).</summary>
    public static ImmutableSortedSet<string> DeploymentRetentions { get; } = ImmutableSortedSet.Create(StringComparer.Ordinal,
        "1d", "1w", "1m", "2m", "3m", "6m", "1y", "unlimited");

    /// <summary>Vercel authentication deployment types of the provider.</summary>
    public static ImmutableSortedSet<string> PreviewProtections { get; } = ImmutableSortedSet.Create(StringComparer.Ordinal,
        "standard_protection_new", "standard_protection", "all_deployments", "only_preview_deployments", "none");

    /// <summary>Neon compute sizes usable for autoscaling limits.</summary>
    public static ImmutableSortedSet<double> ComputeUnits { get; } = ImmutableSortedSet.Create(
        0.25, 0.5, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16);

    public static ImmutableSortedSet<string> LogLevels { get; } = ImmutableSortedSet.Create(StringComparer.Ordinal, "trace", "debug", "info", "warn", "error", "fatal");

    public static ImmutableSortedSet<string> R2Locations { get; } = ImmutableSortedSet.Create(StringComparer.Ordinal, "apac", "eeur", "enam", "weur", "wnam", "oc");

    /// <summary>Route 53 health checker regions.</summary>
    public static ImmutableSortedSet<string> Route53Regions { get; } = ImmutableSortedSet.Create(StringComparer.Ordinal,
        "us-east-1", "us-west-1", "us-west-2", "eu-west-1", "ap-southeast-1", "ap-southeast-2", "ap-northeast-1", "sa-east-1");

    public static ImmutableSortedSet<string> BetterStackRegions { get; } = ImmutableSortedSet.Create(StringComparer.Ordinal, "us", "eu", "as", "au");

    public static OrderedDictionary<string, long> BetterStackTimeouts { get; } = Numbers(2, 3, 5, 10, 15, 30, 45, 60);

    public static OrderedDictionary<string, long> BetterStackSslDays { get; } = Numbers(1, 2, 3, 7, 14, 30, 60);

    public static ImmutableSortedSet<string> AwsRegions { get; } = ImmutableSortedSet.Create(StringComparer.Ordinal,
        "us-east-1", "us-east-2", "us-west-1", "us-west-2", "ca-central-1", "eu-west-1", "eu-west-2", "eu-west-3", "eu-central-1", "eu-north-1",
        "ap-southeast-1", "ap-southeast-2", "ap-northeast-1", "ap-northeast-2", "ap-south-1", "sa-east-1");

    public const string CloudflareIdText = "a Cloudflare id: 32 lower-case hex digits";

    public static bool IsCloudflareId(string text) => CloudflareId().IsMatch(text);

    public const string OriginText = "an origin such as https://learn.example.com (scheme and host, no path)";

    public static bool IsOrigin(string text) =>
        text.StartsWith("https://", StringComparison.Ordinal) && IsHostname(text["https://".Length..])
        || text.StartsWith("http://localhost:", StringComparison.Ordinal) && int.TryParse(text["http://localhost:".Length..], out var port) && port is > 0 and < 65536;

    public const string SlugText = "a slug of lower-case letters, digits, '-' and '_', such as luma";

    public static bool IsSlug(string text) => Slug().IsMatch(text);

    public const string IntegrationNameText = "the name of the Sentry organization's Slack integration (the Slack workspace name)";

    public static bool IsIntegrationName(string text) => text.Trim().Length is > 0 and <= 100 && text == text.Trim();

    public const string SlackChannelText = "a Slack channel such as #alerts";

    public const string SlackChannelIdText = "a Slack channel id such as C0123ABCD (Slack: the channel's details, Channel ID)";

    public static bool IsSlackChannelId(string text) => SlackChannelId().IsMatch(text);

    public const string SlackTeamIdText = "a Slack workspace (team) id such as T0123ABCD (Slack: the workspace menu, Tools & settings, Workspace settings: the id in the page's URL, or the AWS Chatbot console after authorizing the workspace)";

    public static bool IsSlackTeamId(string text) => SlackTeamId().IsMatch(text);

    public const string SentryEnvironmentText = "letters, digits, '.', '_' or '-', at most 64 (what the app's Sentry SDK reports, such as production)";

    public static bool IsSentryEnvironment(string text) => SentryEnvironment().IsMatch(text);

    /// <summary>Windows of span-based (events_analytics_platform) metric alerts: at least 5 minutes.</summary>
    public static OrderedDictionary<string, long> SentrySpanWindows { get; } = Numbers(5, 10, 15, 30, 60, 120, 240, 1440);

    public static bool IsSlackChannel(string text) => SlackChannel().IsMatch(text);

    public const string EmailText = "an email address";

    public static bool IsEmail(string text) => Email().IsMatch(text);

    public const string PhoneNumberText = "a phone number in E.164 form, such as +14155550100";

    public static bool IsPhoneNumber(string text) => Phone().IsMatch(text);

    public const string S3BucketNameText = "an S3 bucket name: 3 to 63 lower-case letters, digits, '-' and '.', starting and ending with a letter or digit";

    public static bool IsS3BucketName(string text) => S3Bucket().IsMatch(text) && !text.Contains("..", StringComparison.Ordinal);

    public const string GitHubEnvironmentText = "a GitHub environment name such as production";

    public static bool IsGitHubEnvironment(string text) => GitHubEnvironment().IsMatch(text);

    public const string KeeperText = "any text of 1 to 64 letters, digits, '.', '-' or '_' (change it to rotate the generated secrets)";

    public static bool IsKeeper(string text) => Keeper().IsMatch(text);

    public const string EnvKeyText = "an environment variable name in UPPER_SNAKE_CASE";

    public static bool IsEnvKey(string text) => EnvKey().IsMatch(text);

    /// <summary>A URL path: starts with '/', no query, fragment or spaces.</summary>
    public static bool IsUrlPath(string text) => UrlPath().IsMatch(text);

    private static OrderedDictionary<string, long> Numbers(params long[] values) =>
        new(values.Select(v => KeyValuePair.Create(v.ToString(System.Globalization.CultureInfo.InvariantCulture), v)), StringComparer.Ordinal);

    public static string OneOf(IEnumerable<string> values) => "one of " + string.Join(", ", values.Order(StringComparer.Ordinal));

    public const string HostnameText = "a hostname without scheme, path or port, such as learn.example.com";

    /// <summary>A DNS name: at least two labels of letters, digits and inner hyphens; no scheme, path, port or trailing dot.</summary>
    public static bool IsHostname(string text) => text.Length <= 253 && HostnamePattern().IsMatch(text);

    public const string RepositoryText = "a GitHub repository as owner/repo, such as example/luma";

    public static bool IsRepository(string text) => RepositoryPattern().IsMatch(text);

    public const string AppNameText = "a lower-case name of letters, digits and hyphens, starting with a letter, at most 40 characters, such as luma";

    public static bool IsAppName(string text) => text.Length <= 40 && AppNamePattern().IsMatch(text);

    public const string BranchText = "a Git branch name, such as main";

    /// <summary>A Git branch name as git check-ref-format allows it (the common subset).</summary>
    public static bool IsBranch(string text) =>
        text.Length is > 0 and <= 200 && BranchPattern().IsMatch(text) && !text.Contains("..", StringComparison.Ordinal)
        && !text.EndsWith('/') && !text.EndsWith(".lock", StringComparison.Ordinal) && !text.StartsWith('/');

    /// <summary>The pattern of <see cref="CloudflareId"/> (ECMAScript-compatible: the JSON Schema uses it too).</summary>
    public const string CloudflareIdRegex = "^[0-9a-f]{32}$";

    [GeneratedRegex(CloudflareIdRegex)]
    private static partial Regex CloudflareId();

    /// <summary>The pattern of <see cref="Slug"/> (ECMAScript-compatible: the JSON Schema uses it too).</summary>
    public const string SlugRegex = "^[a-z0-9][a-z0-9_-]{0,49}$";

    [GeneratedRegex(SlugRegex)]
    private static partial Regex Slug();

    /// <summary>The pattern of <see cref="SlackChannel"/> (ECMAScript-compatible: the JSON Schema uses it too).</summary>
    public const string SlackChannelRegex = "^#[a-z0-9][a-z0-9._-]{0,79}$";

    [GeneratedRegex(SlackChannelRegex)]
    private static partial Regex SlackChannel();

    /// <summary>The pattern of <see cref="SlackChannelId"/> (ECMAScript-compatible: the JSON Schema uses it too).</summary>
    public const string SlackChannelIdRegex = "^[CG][A-Z0-9]{8,12}$";

    [GeneratedRegex(SlackChannelIdRegex)]
    private static partial Regex SlackChannelId();

    /// <summary>The pattern of <see cref="SlackTeamId"/> (ECMAScript-compatible: the JSON Schema uses it too).</summary>
    public const string SlackTeamIdRegex = "^T[A-Z0-9]{8,12}$";

    [GeneratedRegex(SlackTeamIdRegex)]
    private static partial Regex SlackTeamId();

    /// <summary>The pattern of <see cref="SentryEnvironment"/> (ECMAScript-compatible: the JSON Schema uses it too).</summary>
    public const string SentryEnvironmentRegex = "^[A-Za-z0-9._-]{1,64}$";

    [GeneratedRegex(SentryEnvironmentRegex)]
    private static partial Regex SentryEnvironment();

    /// <summary>The pattern of <see cref="Email"/> (ECMAScript-compatible: the JSON Schema uses it too).</summary>
    public const string EmailRegex = @"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$";

    [GeneratedRegex(EmailRegex)]
    private static partial Regex Email();

    /// <summary>The pattern of <see cref="Phone"/> (ECMAScript-compatible: the JSON Schema uses it too).</summary>
    public const string PhoneRegex = @"^\+[1-9][0-9]{6,14}$";

    [GeneratedRegex(PhoneRegex)]
    private static partial Regex Phone();

    /// <summary>The pattern of <see cref="S3Bucket"/> (ECMAScript-compatible: the JSON Schema uses it too).</summary>
    public const string S3BucketRegex = "^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$";

    [GeneratedRegex(S3BucketRegex)]
    private static partial Regex S3Bucket();

    /// <summary>The pattern of <see cref="GitHubEnvironment"/> (ECMAScript-compatible: the JSON Schema uses it too).</summary>
    public const string GitHubEnvironmentRegex = "^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$";

    [GeneratedRegex(GitHubEnvironmentRegex)]
    private static partial Regex GitHubEnvironment();

    /// <summary>The pattern of <see cref="Keeper"/> (ECMAScript-compatible: the JSON Schema uses it too).</summary>
    public const string KeeperRegex = "^[A-Za-z0-9._-]{1,64}$";

    [GeneratedRegex(KeeperRegex)]
    private static partial Regex Keeper();

    /// <summary>The pattern of <see cref="EnvKey"/> (ECMAScript-compatible: the JSON Schema uses it too).</summary>
    public const string EnvKeyRegex = "^[A-Z][A-Z0-9_]{0,99}$";

    [GeneratedRegex(EnvKeyRegex)]
    private static partial Regex EnvKey();

    /// <summary>The pattern of <see cref="UrlPath"/> (ECMAScript-compatible: the JSON Schema uses it too).</summary>
    public const string UrlPathRegex = @"^/[A-Za-z0-9._~/%-]*$";

    [GeneratedRegex(UrlPathRegex)]
    private static partial Regex UrlPath();

    /// <summary>The pattern of <see cref="HostnamePattern"/> (ECMAScript-compatible: the JSON Schema uses it too).</summary>
    public const string HostnameRegex = @"^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$";

    [GeneratedRegex(HostnameRegex)]
    private static partial Regex HostnamePattern();

    /// <summary>The pattern of <see cref="RepositoryPattern"/> (ECMAScript-compatible: the JSON Schema uses it too).</summary>
    public const string RepositoryRegex = @"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]{1,100}$";

    [GeneratedRegex(RepositoryRegex)]
    private static partial Regex RepositoryPattern();

    /// <summary>The pattern of <see cref="AppNamePattern"/> (ECMAScript-compatible: the JSON Schema uses it too).</summary>
    public const string AppNameRegex = "^[a-z][a-z0-9-]*[a-z0-9]$";

    [GeneratedRegex(AppNameRegex)]
    private static partial Regex AppNamePattern();

    /// <summary>The pattern of <see cref="BranchPattern"/> (ECMAScript-compatible: the JSON Schema uses it too).</summary>
    public const string BranchRegex = @"^[A-Za-z0-9._/-]+$";

    [GeneratedRegex(BranchRegex)]
    private static partial Regex BranchPattern();
}
