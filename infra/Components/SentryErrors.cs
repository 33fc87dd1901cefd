using Infra.Expressions;
using Infra.Graph;
using Infra.Model;
using Infra.Providers.Sentry;
using Infra.Providers.Std;

namespace Infra.Components;

/// <summary>
/// Error tracking for one app and stack: the app's team (owned by one stack, read by the others),
/// the project (without Sentry's default rule and key), its client key, and the alert rules by
/// severity, routed by <see cref="AlertRouting"/>. With <see cref="SentryErrorsArgs.Protect"/> the
/// team, project and key are protected and retained: deleting the project loses the error history,
/// and a new key changes the DSN baked into deployed bundles.
/// </summary>
public sealed class SentryErrors
{
    private SentryErrors(SentryProject project, SentryKey key)
    {
        Project = project;
        Key = key;
    }

    public SentryProject Project { get; }

    public SentryKey Key { get; }

    public static SentryErrors Declare(ProgramBuilder builder, ComponentPath path, SentryErrorsArgs args)
    {
        var teamName = path.Name("team");
        var protection = args.Protect ? ResourceOptions.Protected : ResourceOptions.None;
        if (args.ManageTeam)
        {
            builder.Add(new SentryTeam(teamName, args.Organization, args.TeamSlug, args.TeamSlug) { Options = protection });
        }
        else
        {
            builder.AddVariable(teamName, SentryFunctions.Team(args.Organization, args.TeamSlug));
        }

        var teamId = new Input<string>(new Ref(teamName, "internalId"));
        var project = builder.Add(new SentryProject(path.Name("project"), args.Organization, args.ProjectSlug, args.ProjectSlug)
        {
            Platform = args.Platform,
            Teams = [new Input<string>(new Ref(teamName, "slug"))],
            DefaultRules = false,
            DefaultKey = false,
            Options = protection,
        });

        // Not named "Default": with defaultKey false the provider deletes the key of that name after create.
        var key = builder.Add(new SentryKey(path.Name("key"), args.Organization, project.SlugOutput, args.ProjectSlug + "-app") { Options = protection });

        var slack = builder.AddVariable(path.Name("slack"), SentryFunctions.OrganizationIntegration(args.Organization, "slack", args.Routing.SlackWorkspace));
        var slackId = new Input<string>(slack.Ref.Property("id"));
        var rules = new AlertRules(builder, path, args, project, teamId, slackId, SlackIntegrationId(builder, path, args, slackId));
        rules.Declare();
        return new SentryErrors(project, key);
    }

    /// <summary>
    /// Metric alerts want the Slack integration's id as an integer, while the lookup returns it as
    /// a string: pulumi-yaml's type checker refuses a string output in an integer input
    /// (<c>isAssignable</c>, pkg/pulumiyaml/analyser.go). The id is the setting when given,
    /// otherwise the lookup's id converted by std's <c>parseint</c>.
    /// </summary>
    private static Input<long> SlackIntegrationId(ProgramBuilder builder, ComponentPath path, SentryErrorsArgs args, Input<string> slackId)
    {
        if (args.SlackIntegrationId is { } fixedId)
        {
            return new Input<long>(new IntLit(fixedId));
        }

        var parsed = builder.AddVariable(path.Name("slack-integration-id"), StdFunctions.ParseInt(slackId));
        return new Input<long>(parsed.Ref);
    }
}
