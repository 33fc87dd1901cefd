using Infra.Components;
using Infra.Stacks.Settings;
using Xunit;

namespace Infra.Tests.Support;

/// <summary>The full fixture's stacks with one switch flipped: the programs settings can produce beyond its two app stack files.</summary>
internal static class Variants
{
    public static IEnumerable<(string Name, StackSettings Settings)> All()
    {
        var prod = TestStacks.Settings("prod");
        var staging = TestStacks.Settings("staging");
        yield return ("prod-betterstack", prod with
        {
            Uptime = prod.Uptime with { Backend = MonitorBackend.BetterStack },
            Alerts = prod.Alerts with { Webhook = false },
        });
        yield return ("staging-betterstack", staging with { Uptime = staging.Uptime with { Backend = MonitorBackend.BetterStack } });
        yield return ("staging-webhook-environment", staging with
        {
            Alerts = staging.Alerts with { Webhook = true },
            Backups = staging.Backups with { GitHubEnvironment = "backups" },
            Sentry = staging.Sentry with { SlackIntegrationId = 424242 },
        });
        yield return ("staging-private", staging with { Uptime = staging.Uptime with { Enabled = false }, Backups = staging.Backups with { Enabled = false } });
        yield return ("prod-compute-adopted", prod with { Neon = prod.Neon with { ComputeId = "cool-sun-12345678/ep-quiet-lake-12345678" } });
        yield return ("staging-moved", staging with { Neon = staging.Neon with { ProjectId = "new-moon-87654321", ComputeId = "new-moon-87654321/ep-still-pond-87654321", PgVersion = 18 } });
    }

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _) in All())
        {
            data.Add(name);
        }

        return data;
    }

    public static StackSettings Get(string name) => All().Single(v => v.Name == name).Settings;
}
