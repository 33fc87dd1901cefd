using System.Globalization;
using System.Text;

namespace Infra.Tests.Support;

/// <summary>
/// A project of the tests' own (not the example app's): <c>acme-infra</c> with a prod and a staging
/// stack file, written to a temporary directory, with provider config as a team sets it
/// (<c>vercel:team</c>, <c>aws:region</c>, encrypted credentials).
/// </summary>
internal sealed class FixtureProject : IDisposable
{
    public const string Name = "acme-infra";
    public const string Team = "acme-team";
    public const string Region = "eu-central-1";

    /// <summary>The provider credentials of the fixture's stack files (encrypted there, decrypted in PULUMI_CONFIG).</summary>
    public static IReadOnlyList<string> SecretProviderKeys { get; } =
        ["better-uptime:apiToken", "cloudflare:apiToken", "neon:apiKey", "sentry:token", "vercel:apiToken"];

    /// <summary>The plain provider keys of the fixture's stack files.</summary>
    public static IReadOnlyDictionary<string, string> PlainProviderConfig { get; } =
        new Dictionary<string, string> { ["aws:region"] = Region, ["vercel:team"] = Team };

    public FixtureProject()
    {
        Directory = Path.Combine(Path.GetTempPath(), "infra-fixture-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        File.WriteAllText(Path.Combine(Directory, "Pulumi.yaml"), $"name: {Name}\nruntime: yaml\n");
        File.WriteAllText(Path.Combine(Directory, "Pulumi.prod.yaml"), StackFile("app.acme.test",
            ["    emails:", "      - oncall@acme.test", "    channelIds:", "      p0: C0ACMEP000", "      p1: C0ACMEP100", "      newIssues: C0ACMENEW0"]));
        File.WriteAllText(Path.Combine(Directory, "Pulumi.staging.yaml"), StackFile("staging.acme.test",
            ["    channelIds:", "      quiet: C0ACMEQUIET", $"  {Name}:vercel:", $"    scope: {Team}"]));
    }

    public string Directory { get; }

    public string StackFileText(string stack) => File.ReadAllText(StackFilePath(stack));

    /// <summary>The path of one of the fixture's stack files (in its temporary directory).</summary>
    public string StackFilePath(string stack) => Path.Combine(Directory, $"Pulumi.{stack}.yaml");

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);

    private static string StackFile(string domain, string[] extra)
    {
        var text = new StringBuilder("config:\n");
        foreach (var (key, value) in PlainProviderConfig)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {key}: {value}\n");
        }

        foreach (var key in SecretProviderKeys)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {key}:\n    secure: v1:c2FsdA==:Y2lwaGVydGV4dA==\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"""
              {Name}:app: acme
              {Name}:domain: {domain}
              {Name}:github:
                repository: acme/app
              {Name}:neon:
                plan: launch
                orgId: org-acme-12345678
              {Name}:cloudflare:
                accountId: 0123456789abcdef0123456789abcdef
                zoneId: fedcba9876543210fedcba9876543210
              {Name}:sentry:
                organization: acme
              {Name}:SENTRY_AUTH_TOKEN:
                secure: v1:c2FsdA==:Y2lwaGVydGV4dA==
              {Name}:alerts:
                slackWorkspace: acme
                slackTeamId: T0ACMETEAM

            """);
        foreach (var line in extra)
        {
            text.Append(line).Append('\n');
        }

        return text.ToString();
    }
}
