using System.Text.Json;

namespace Infra.Stacks.Cli.Secrets;

/// <summary>What the Pulumi CLI says of the backend it is logged in to and the stacks there.</summary>
public static class PulumiStacks
{
    /// <summary>
    /// Why the stacks would land in another backend than the workflows use: pulumi is logged in
    /// elsewhere than <c>bootstrap.stateBackendUrl</c> (<c>pulumi whoami --json</c>'s <c>url</c>, pulumi
    /// <c>pkg/cmd/pulumi/whoami/whoami.go</c>), or not at all; null when they agree or none is declared.
    /// </summary>
    public static string? LoggedInElsewhere(PulumiRunner pulumi, string? declared)
    {
        if (declared is null)
        {
            return null;
        }

        var whoami = pulumi.Run(["whoami", "--json"]);
        if (whoami.ExitCode != 0)
        {
            return $"pulumi whoami failed: log in first (pulumi login '{declared}'): {whoami.Message}";
        }

        using var document = JsonDocument.Parse(whoami.Stdout);
        var url = document.RootElement.TryGetProperty("url", out var u) ? u.GetString() ?? "" : "";
        return SameBackend(url, declared) ? null
            : $"pulumi is logged in to {url}, but bootstrap.stateBackendUrl is {declared}, where the workflows keep the stacks: run pulumi login '{declared}'";
    }

    /// <summary>The same backend: scheme, host (the bucket) and path agree; query parameters (region, profile) may differ.</summary>
    private static bool SameBackend(string a, string b) =>
        Uri.TryCreate(a, UriKind.Absolute, out var x) && Uri.TryCreate(b, UriKind.Absolute, out var y)
            && string.Equals(x.Scheme, y.Scheme, StringComparison.OrdinalIgnoreCase)
            && string.Equals(x.Host, y.Host, StringComparison.OrdinalIgnoreCase)
            && string.Equals(x.AbsolutePath.TrimEnd('/'), y.AbsolutePath.TrimEnd('/'), StringComparison.Ordinal);

    /// <summary>The names of <c>pulumi stack ls --json</c> (pulumi <c>pkg/cmd/pulumi/stack/stack_list.go</c>, <c>stackSummaryJSON.Name</c>).</summary>
    public static HashSet<string> Names(string json)
    {
        using var document = JsonDocument.Parse(json.Trim().Length == 0 ? "[]" : json);
        return document.RootElement.EnumerateArray()
            .Select(e => e.TryGetProperty("name", out var n) ? n.GetString() ?? "" : "")
            .Select(n => n[(n.LastIndexOf('/') + 1)..])
            .ToHashSet(StringComparer.Ordinal);
    }
}
