using Infra.Graph;
using Infra.Providers.BetterUptime;

namespace Infra.Components;

/// <summary>
/// The Better Stack escalation policy of a stack: Slack at once; with paging, the whole team at
/// once and whoever is on call after five minutes.
/// </summary>
public static class BetterStackPolicy
{
    public static BetterUptimePolicy Declare(ProgramBuilder builder, ComponentPath path, string namePrefix, AlertRouting routing)
    {
        List<BetterUptimePolicyStep> steps = routing.Page
            ? [new(0, ["all_slack_integrations", "entire_team"]), new(300, ["current_on_call"])]
            : [new(0, ["all_slack_integrations"])];
        return builder.Add(new BetterUptimePolicy(path.Name("policy"), namePrefix + " escalation", steps) { RepeatCount = routing.Page ? 3 : 0, RepeatDelay = 600 });
    }
}
