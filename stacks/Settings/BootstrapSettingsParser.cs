using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Infra.Graph;

namespace Infra.Stacks.Settings;

/// <summary>
/// Turns the <c>bootstrap</c> stack's raw config into <see cref="BootstrapSettings"/>, or into
/// every problem found (one diagnostic each), never both.
/// </summary>
public static partial class BootstrapSettingsParser
{
    /// <summary>The stack that declares the delivery setup.</summary>
    public const string Stack = "bootstrap";

    /// <summary>
    /// The jobs of <c>.github/workflows/ci.yml</c> and <c>preview.yml</c> a pull request must pass, by
    /// check name (a job's <c>name:</c>, a matrix job once per stack). A skipped job (a fork's
    /// preview) reports success.
    /// </summary>
    public static ImmutableArray<string> DefaultRequiredChecks { get; } =
        ["Build, test, synthesize", "Lint workflows", "Build the compiler", "Desired-state diff", "Preview staging", "Preview prod"];

    private static readonly OrderedDictionary<string, bool> OidcChoices = new(StringComparer.Ordinal)
    {
        ["create"] = true,
        ["existing"] = false,
    };

    public static (BootstrapSettings? Settings, IReadOnlyList<Diagnostic> Errors) Parse(RawConfig config) => Parse(config, out _);

    /// <summary>Parses, and tells which keys the settings read (every documented setting should be among them).</summary>
    internal static (BootstrapSettings? Settings, IReadOnlyList<Diagnostic> Errors) Parse(RawConfig config, out IReadOnlyCollection<string> keys)
    {
        var r = new SettingsReader(config);
        keys = r.KnownKeys;
        var repository = r.RequiredText("github.repository", Allowed.IsRepository, Allowed.RepositoryText);
        var reviewers = r.List("bootstrap.reviewers", [], IsLogin, "GitHub logins, such as octocat");
        if (!r.Has("bootstrap.reviewers"))
        {
            r.Missing("bootstrap.reviewers", "a list of at least one GitHub login, who approve production deployments");
        }

        var checks = r.List("bootstrap.requiredChecks", DefaultRequiredChecks, IsCheck, "check names of one line, such as Lint workflows");
        var backend = r.OptionalText("bootstrap.stateBackendUrl", IsUrl, "a state backend URL such as s3://bucket or https://api.pulumi.com");
        var secrets = r.OptionalText("bootstrap.secretsProvider", IsSecretsProvider, "a secrets provider such as passphrase or awskms://alias/x");
        var createOidc = r.Choice("bootstrap.oidcProvider", false, OidcChoices);
        var backupStacks = r.List("bootstrap.backupStacks", ["staging", "prod"], IsStackName, "stack names such as prod (the stacks of the backup workflow's matrix)", minCount: 0);
        r.ReportUnknown();

        List<Diagnostic> errors = [.. r.Errors];
        if (errors.Count == 0 && config.ProviderConfig.TryGetValue("github:owner", out var owner) && owner is ConfigScalar { Secure: false } o
            && !string.Equals(o.Text, repository.Split('/')[0], StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(Diagnostic.Error(SettingsCodes.Invalid, "github:owner",
                $"\"{o.Text}\" is not the owner of {config.Namespace}:github.repository \"{repository}\"; expected them to name the same owner"));
        }

        return errors.Count > 0
            ? (null, errors)
            : (new BootstrapSettings(config.Namespace, repository, [.. reviewers.Distinct(StringComparer.OrdinalIgnoreCase)], checks, createOidc) { StateBackendUrl = backend, SecretsProvider = secrets, BackupStacks = backupStacks }, []);
    }

    /// <summary>A GitHub login: logins are case-insensitive, so <c>Octocat</c> and <c>octocat</c> are one reviewer.</summary>
    private static bool IsLogin(string text) => Login().IsMatch(text);

    private static bool IsStackName(string text) => StackName().IsMatch(text);

    private static bool IsCheck(string text) => text.Length is > 0 and <= 255 && !text.Any(char.IsControl);

    private static bool IsUrl(string text) => UrlPattern().IsMatch(text);

    private static bool IsSecretsProvider(string text) => text == "passphrase" || UrlPattern().IsMatch(text);

    [GeneratedRegex("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$")]
    private static partial Regex Login();

    [GeneratedRegex("^[a-z][a-z0-9-]{0,39}$")]
    private static partial Regex StackName();

    [GeneratedRegex(@"^[a-z][a-z0-9+]*://\S+$")]
    private static partial Regex UrlPattern();
}
