using System.Text.Json;
using Infra.Tests.Support;
using Xunit;

namespace Infra.Tests.Engine;

/// <summary>
/// The fixture project's programs as Pulumi gets them: the compiler run as a process in the
/// project directory with <c>PULUMI_STACK</c>, <c>PULUMI_PROJECT</c> and <c>PULUMI_CONFIG</c> holding
/// the stack's whole config (provider keys included, secrets decrypted), and the pass without them.
/// </summary>
internal static class CompiledFixture
{
    /// <summary>The cases: the two stacks, a pull request's stack and the Better Stack backend.</summary>
    public static TheoryData<string> Cases() => ["prod", "staging", "pr-42", "prod-betterstack"];

    /// <summary>The stack config Pulumi would pass for a case.</summary>
    public static Dictionary<string, string> StackConfig(FixtureProject fixture, string @case) => @case switch
    {
        "pr-42" => PullRequestConfig(fixture, copyProviderConfig: true),
        // Better Stack notifies its own team: the alerts that reach people through AWS (emails, Chatbot's Slack team) do nothing there.
        "prod-betterstack" => With(Config(fixture, "prod"),
            (FixtureProject.Name + ":uptime", """{"backend":"betterstack"}"""),
            (FixtureProject.Name + ":alerts", """{"slackWorkspace":"acme","channelIds":{"p0":"C0ACMEP000","p1":"C0ACMEP100","newIssues":"C0ACMENEW0"}}""")),
        _ => Config(fixture, @case),
    };

    /// <summary>A pull request's stack config as the pr-stack workflow leaves it: its branch, and (when copied) staging's provider config.</summary>
    public static Dictionary<string, string> PullRequestConfig(FixtureProject fixture, bool copyProviderConfig)
    {
        var config = copyProviderConfig
            ? Config(fixture, "staging").Where(c => !c.Key.StartsWith(FixtureProject.Name + ":", StringComparison.Ordinal)).ToDictionary()
            : [];
        config[FixtureProject.Name + ":pr"] = """{"branch":"feature/login"}""";
        return config;
    }

    public static InfraProcess.Result Compile(FixtureProject fixture, string @case, IReadOnlyDictionary<string, string> config) =>
        InfraProcess.Run(fixture.Directory, new Dictionary<string, string>
        {
            ["PULUMI_STACK"] = @case == "prod-betterstack" ? "prod" : @case,
            ["PULUMI_PROJECT"] = FixtureProject.Name,
            ["PULUMI_ORGANIZATION"] = "acme",
            ["PULUMI_CONFIG"] = JsonSerializer.Serialize(config),
        }, "compile");

    public static InfraProcess.Result Discovery(FixtureProject fixture) => InfraProcess.Run(fixture.Directory, null, "compile");

    /// <summary>The repository's lock files, where <c>pulumi install</c> writes them.</summary>
    public static IReadOnlyList<PackageDecl> RepositoryLockFiles() =>
        [.. LockFiles.Search(Path.Combine(RepoPaths.Root, "sdks")).Select(l => l.Decl)];

    private static Dictionary<string, string> Config(FixtureProject fixture, string stack) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(PulumiConfigJson.FromStackFile(fixture.StackFileText(stack)))!;

    private static Dictionary<string, string> With(Dictionary<string, string> config, params (string Key, string Value)[] entries)
    {
        foreach (var (key, value) in entries)
        {
            config[key] = value;
        }

        return config;
    }
}
