namespace Infra.Stacks.Settings;

/// <summary>
/// A secret config key a stack's settings reference (never read): its full key as the stack file
/// writes it (<c>luma-infra:SENTRY_AUTH_TOKEN</c>, <c>github:token</c>) and what it is for.
/// </summary>
public sealed record RequiredSecret(string Key, string Purpose)
{
    /// <summary>
    /// The environment variable <c>infra secrets</c> reads the value from when it cannot ask:
    /// the key without its project namespace, in upper snake case (<c>SENTRY_AUTH_TOKEN</c>,
    /// <c>NEON_API_KEY</c> for <c>neon:apiKey</c>), but <c>BOOTSTRAP_GITHUB_TOKEN</c> for
    /// <c>github:token</c>: <c>GITHUB_TOKEN</c> is often another token already (gh, Codespaces, Actions).
    /// </summary>
    public string EnvironmentVariable(string project)
    {
        if (Key == "github:token")
        {
            return "BOOTSTRAP_GITHUB_TOKEN";
        }

        var name = Key.StartsWith(project + ":", StringComparison.Ordinal) ? Key[(project.Length + 1)..] : Key.Replace(':', '_');
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c) && i > 0 && char.IsLower(name[i - 1]))
            {
                text.Append('_');
            }

            text.Append(char.IsLetterOrDigit(c) ? char.ToUpperInvariant(c) : '_');
        }

        return text.ToString();
    }
}
