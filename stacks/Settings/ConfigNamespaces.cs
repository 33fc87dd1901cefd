using Infra.Providers;

namespace Infra.Stacks.Settings;

/// <summary>
/// The namespaces a stack file's keys may have besides the project's own: the provider packages the
/// program uses (<see cref="Packages.All"/>, the one list of them: <c>vercel:team</c>, <c>aws:region</c>,
/// <c>better-uptime:apiToken</c>) and Pulumi's own (<c>pulumi:tags</c>). A key of any other namespace
/// reaches nothing: no setting reads it and no provider of the program is configured by it.
/// </summary>
public static class ConfigNamespaces
{
    /// <summary>Pulumi's own namespace (<c>pulumi:tags</c>, <c>pulumi:disable-default-providers</c>).</summary>
    public const string Pulumi = "pulumi";

    /// <summary>Every namespace of provider config, in name order.</summary>
    public static IReadOnlyList<string> Providers { get; } =
        [.. Packages.All.Select(p => p.Name).Append(Pulumi).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    public static bool IsProvider(string ns) => Providers.Contains(ns, StringComparer.Ordinal);
}
