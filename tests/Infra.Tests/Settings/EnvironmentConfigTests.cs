using Infra.Stacks.Settings;
using Xunit;

namespace Infra.Tests.Settings;

/// <summary>Compiler mode: <c>PULUMI_CONFIG</c> holds strings; objects and lists arrive as JSON text.</summary>
public sealed class EnvironmentConfigTests
{
    private const string Json = """
        {
          "orbit-infra:app": "orbit",
          "orbit-infra:domain": "orbit.example.test",
          "orbit-infra:protect": "true",
          "orbit-infra:github": "{\"repository\":\"example/orbit\"}",
          "orbit-infra:vercel": "{\"regions\":[\"iad1\",\"fra1\"],\"nodeVersion\":\"20.x\"}",
          "orbit-infra:neon": "{\"plan\":\"launch\",\"orgId\":\"org-example-12345678\",\"pgVersion\":17,\"minCu\":0.5,\"maxCu\":2}",
          "orbit-infra:cloudflare": "{\"accountId\":\"0123456789abcdef0123456789abcdef\",\"zoneId\":\"fedcba9876543210fedcba9876543210\"}",
          "orbit-infra:sentry": "{\"organization\":\"example\",\"uploadSourceMaps\":false}",
          "orbit-infra:alerts": "{\"slackWorkspace\":\"example\",\"slackTeamId\":\"T0EXAMPLE0\",\"emails\":[\"oncall@example.com\"],\"channelIds\":{\"p0\":\"C0INCIDENTS\",\"p1\":\"C00ALERTS0\",\"newIssues\":\"C0NEWISSUES\"}}",
          "vercel:apiToken": "tok_should_never_be_read"
        }
        """;

    [Fact]
    public void Strings_numbers_objects_and_lists_are_typed_like_the_stack_file()
    {
        var (config, errors) = EnvironmentConfig.Parse(Json, "orbit-infra");
        Assert.Empty(errors);

        var (settings, problems) = StackSettingsParser.Parse("prod", config!);

        Assert.Empty(problems);
        Assert.True(settings!.Protect);
        Assert.Equal("example/orbit", settings.GitHub.Repository);
        Assert.Equal(["iad1", "fra1"], settings.Vercel.Regions.ToArray());
        Assert.Equal(17, settings.Neon.PgVersion);
        Assert.Equal(0.5, settings.Neon.MinCu);
    }

    [Fact]
    public void Other_namespaces_are_not_kept()
    {
        var (config, _) = EnvironmentConfig.Parse(Json, "orbit-infra");

        Assert.DoesNotContain("apiToken", config!.Root.Entries.Keys);
        Assert.Equal(["alerts", "app", "cloudflare", "domain", "github", "neon", "protect", "sentry", "vercel"], config.Root.Entries.Keys);
    }

    [Fact]
    public void Json_that_is_not_an_object_is_one_error()
    {
        var (config, errors) = EnvironmentConfig.Parse("[1,2]", "orbit-infra");

        Assert.Null(config);
        Assert.Equal("PULUMI_CONFIG", Assert.Single(errors).Location);
    }

    [Fact]
    public void Broken_json_is_one_error()
    {
        var (config, errors) = EnvironmentConfig.Parse("{\"a\":", "orbit-infra");

        Assert.Null(config);
        Assert.Single(errors);
    }
}
