using System.CommandLine;
using System.Text.Json;
using Infra.Graph;
using Infra.Stacks.Cli.Secrets;
using Infra.Stacks.Settings;

namespace Infra.Stacks.Cli;

/// <summary>
/// <c>secrets</c>: the setup's one command for credentials. It finds every secret the stack files'
/// settings reference (app secrets, the bootstrap stack's GitHub token, Neon organization key, deploy
/// credentials of the environments and the repository's read credentials) that has no real value yet,
/// asks for each at a terminal without echo (or, where nobody can answer, takes it from the environment
/// variable named after the key), creates the stacks that do not exist yet and stores each value with
/// <c>pulumi config set --secret</c>. Values never appear in its output. Nothing is set unless every
/// value is at hand and every stack file is otherwise valid.
/// </summary>
public static class SecretsCommand
{
    public static Command Create(CliContext context, CliOptions options)
    {
        var stacks = new Option<string[]>("--stack", "-s") { Description = "Only this stack (repeatable; default: every stack file here but pr-*)." };
        var check = new Option<bool>("--check") { Description = "List the secrets that still need a value and exit 1 if any does; run nothing." };
        var all = new Option<bool>("--all") { Description = "Ask for every secret again, also those already set (rotation)." };
        var command = new Command("secrets", "Set every secret the stack files need (prompts at a terminal; environment variables otherwise) with pulumi config set --secret, creating missing stacks.") { stacks, check, all };
        command.SetAction(parse => Run(options.Scope(parse, context), parse.GetValue(stacks) ?? [], parse.GetValue(check), parse.GetValue(all)));
        return command;
    }

    public static int Run(CliContext context, IReadOnlyList<string> only, bool check, bool all)
    {
        var (project, problem) = ProjectFile.ReadName(context.ProjectDirectory);
        if (project is null)
        {
            return Reporter.Fail(context, [Diagnostic.Error(SettingsCodes.NoSettings, ProjectFile.FileName, problem!)], ExitCodes.BadInput);
        }

        var (stacks, errors) = StackLoader.RawConfigs(context, project, only.Count > 0 ? only : DefaultStacks(context));
        if (stacks is null)
        {
            return Reporter.Fail(context, errors, ExitCodes.BadInput);
        }

        var (pending, problems) = SecretPlan.Build(project, stacks, all);
        if (pending is null)
        {
            return Reporter.Fail(context, problems, ExitCodes.BadInput);
        }

        if (check)
        {
            foreach (var p in pending)
            {
                context.Out.WriteLine($"{p.Stack}: {p.Secret.Key} ({p.State}): {p.Secret.Purpose}");
            }

            context.Out.WriteLine(pending.Count == 0 ? "every secret has a value" : $"{pending.Count} secret(s) need a value: run infra secrets");
            return pending.Count == 0 ? ExitCodes.Ok : ExitCodes.ProgramErrors;
        }

        var (values, missing) = Values(context, project, pending);
        if (values is null)
        {
            return Reporter.Fail(context, missing, ExitCodes.BadInput);
        }

        if (PulumiRunner.Find(context) is not { } pulumi)
        {
            return Reporter.Fail(context, "pulumi is not on the PATH: install the Pulumi CLI (https://www.pulumi.com/docs/install/) and log in first (pulumi login)", ExitCodes.BadInput);
        }

        return Apply(context, pulumi, stacks, pending, values);
    }

    /// <summary>The stack files here, but pull-request stacks (their workflow gives them what they need).</summary>
    private static List<string> DefaultStacks(CliContext context) =>
        [.. StackLoader.KnownStacks(context.ProjectDirectory).Where(s => PreviewSettingsParser.PullRequestNumber(s) is null)];

    /// <summary>
    /// A value for every pending secret, or one line per secret that has none. At a terminal each is
    /// asked for (a secret of the same key given for another stack may be reused with Enter); otherwise
    /// it comes from the environment variable named after the key.
    /// </summary>
    private static (List<string>? Values, List<Diagnostic> Missing) Values(CliContext context, string project, IReadOnlyList<PendingSecret> pending)
    {
        List<string> values = [];
        List<Diagnostic> missing = [];
        var given = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in pending)
        {
            var variable = p.Secret.EnvironmentVariable(project);
            string? value;
            if (context.ReadSecret is { } read)
            {
                var reuse = given.ContainsKey(p.Secret.Key);
                context.Error.WriteLine($"{p.Stack}: {p.Secret.Key} ({p.State}): {p.Secret.Purpose}");
                value = read(reuse ? "  value (hidden; Enter: the one given above): " : "  value (hidden): ");
                if (string.IsNullOrEmpty(value) && reuse)
                {
                    value = given[p.Secret.Key];
                }
                else if (SecretPlan.IsPassphrase(p.Secret.Key) && !string.IsNullOrEmpty(value) && read("  the same again (it also encrypts the stacks; a typo would lock them): ") != value)
                {
                    missing.Add(Diagnostic.Error(SettingsCodes.Invalid, p.Secret.Key, "the two entries differ; nothing was set: run infra secrets again"));
                    continue;
                }
            }
            else
            {
                value = context.GetEnvironment(variable);
            }

            if (string.IsNullOrEmpty(value))
            {
                missing.Add(Diagnostic.Error(SettingsCodes.Missing, p.Secret.Key,
                    $"no value for stack {p.Stack} ({p.Secret.Purpose}); " + (context.ReadSecret is null
                        ? $"set the environment variable {variable}, or run infra secrets at a terminal to be asked"
                        : "type it when asked (nothing was set)")));
                continue;
            }

            given[p.Secret.Key] = value;
            values.Add(value);
        }

        return missing.Count > 0 ? (null, missing) : (values, missing);
    }

    private static int Apply(CliContext context, PulumiRunner pulumi, IReadOnlyList<(string Stack, RawConfig Config)> stacks, IReadOnlyList<PendingSecret> pending, List<string> values)
    {
        var bootstrap = stacks.Where(s => s.Stack == BootstrapSettingsParser.Stack).Select(s => s.Config).FirstOrDefault();
        if (bootstrap is not null && LoggedInElsewhere(pulumi, SecretPlan.StateBackendUrl(bootstrap)) is { } problem)
        {
            return Reporter.Fail(context, problem, ExitCodes.BadInput);
        }

        // A passphrase typed at the prompt is also the one the new stacks are encrypted with.
        var passphrase = pending.Select((p, i) => (p, i)).FirstOrDefault(x => SecretPlan.IsPassphrase(x.p.Secret.Key));
        if (passphrase.p is not null && string.IsNullOrEmpty(context.GetEnvironment("PULUMI_CONFIG_PASSPHRASE")))
        {
            pulumi.Environment["PULUMI_CONFIG_PASSPHRASE"] = values[passphrase.i];
        }

        var list = pulumi.Run(["stack", "ls", "--json"]);
        if (list.ExitCode != 0)
        {
            return Reporter.Fail(context, $"pulumi stack ls failed (log in first: pulumi login): {list.Message}", ExitCodes.BadInput);
        }

        var existing = StackNames(list.Stdout);
        var provider = bootstrap is null ? null : SecretPlan.SecretsProvider(bootstrap);
        // Every stack, also one without secrets: Deploy's pulumi/actions `up` selects its stack and does
        // not create it (upsert is false by default: pulumi/actions action.yml, src/main.ts).
        foreach (var stack in stacks.Select(s => s.Stack).Where(s => !existing.Contains(s)))
        {
            // The repository's secrets provider (bootstrap.secretsProvider), as CI's stacks use it. A stack
            // file that exists keeps its config: stack init reads it first (pulumi/pulumi
            // pkg/cmd/pulumi/stack/secrets.go, createSecretsManagerForNewStack).
            List<string> init = ["stack", "init", stack, "--no-select"];
            if (provider is not null)
            {
                init.AddRange(["--secrets-provider", provider]);
            }

            var created = pulumi.Run(init);
            if (created.ExitCode != 0)
            {
                return Reporter.Fail(context, $"pulumi stack init {stack} failed: {created.Message}", ExitCodes.ProgramErrors);
            }

            context.Out.WriteLine($"created stack {stack}");
        }

        for (var i = 0; i < pending.Count; i++)
        {
            var p = pending[i];
            // Encrypts only this value: the placeholders of other keys are never decrypted
            // (pkg/cmd/pulumi/config/config.go, configSetCmd.Run).
            var set = pulumi.Run(["config", "set", "--secret", "--stack", p.Stack, p.Secret.Key], values[i]);
            if (set.ExitCode != 0)
            {
                return Reporter.Fail(context, $"pulumi config set --secret --stack {p.Stack} {p.Secret.Key} failed ({i} of {pending.Count} set): {set.Message}", ExitCodes.ProgramErrors);
            }

            context.Out.WriteLine($"set {p.Stack} {p.Secret.Key}");
        }

        context.Out.WriteLine(pending.Count == 0 ? "every secret has a value" : $"{pending.Count} secret(s) set; commit the stack files (their values are encrypted)");
        return ExitCodes.Ok;
    }

    /// <summary>
    /// Why the stacks would land in another backend than the workflows use: pulumi is logged in
    /// elsewhere than <c>bootstrap.stateBackendUrl</c> (<c>pulumi whoami --json</c>'s <c>url</c>, pulumi
    /// <c>pkg/cmd/pulumi/whoami/whoami.go</c>), or not at all; null when they agree or none is declared.
    /// </summary>
    private static string? LoggedInElsewhere(PulumiRunner pulumi, string? declared)
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
    private static HashSet<string> StackNames(string json)
    {
        using var document = JsonDocument.Parse(json.Trim().Length == 0 ? "[]" : json);
        return document.RootElement.EnumerateArray()
            .Select(e => e.TryGetProperty("name", out var n) ? n.GetString() ?? "" : "")
            .Select(n => n[(n.LastIndexOf('/') + 1)..])
            .ToHashSet(StringComparer.Ordinal);
    }
}
