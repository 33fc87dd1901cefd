using System.CommandLine;
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

        var (work, problems) = SecretPlan.Build(stacks, all);
        if (work is null)
        {
            return Reporter.Fail(context, problems, ExitCodes.BadInput);
        }

        var pending = work.Pending;

        if (check)
        {
            foreach (var p in pending)
            {
                context.Out.WriteLine($"{p.Stack}: {p.Secret.Key} ({p.State}): {p.Secret.Purpose}");
            }

            context.Out.WriteLine(pending.Count == 0 ? "every secret has a value" : $"{pending.Count} secret(s) need a value: run infra secrets");
            return pending.Count == 0 ? ExitCodes.Ok : ExitCodes.ProgramErrors;
        }

        var (values, missing) = SecretValues.Collect(context, project, pending);
        if (values is null)
        {
            return Reporter.Fail(context, missing, ExitCodes.BadInput);
        }

        if (PulumiRunner.Find(context) is not { } pulumi)
        {
            return Reporter.Fail(context, PulumiRunner.NotFound, ExitCodes.BadInput);
        }

        return Apply(context, pulumi, [.. stacks.Select(s => s.Stack)], work, values);
    }

    /// <summary>
    /// <c>PULUMI_CONFIG_PASSPHRASE</c> for the pulumi processes of the stacks one passphrase encrypts: the
    /// value typed (or taken from the environment) for <paramref name="keySuffix"/>, else the environment
    /// variable <paramref name="variable"/>, else asked for at a terminal; empty when none is at hand.
    /// </summary>
    private static Dictionary<string, string> Passphrase(CliContext context, IReadOnlyList<PendingSecret> pending, List<string> values, string keySuffix, string variable)
    {
        var index = pending.Select((p, i) => (p, i)).FirstOrDefault(x => x.p.Secret.Key.EndsWith(keySuffix, StringComparison.Ordinal));
        var value = index.p is not null ? values[index.i]
            : context.GetEnvironment(variable) is { Length: > 0 } set ? set
            : variable == "PULUMI_CONFIG_PASSPHRASE" ? null
            : context.ReadSecret?.Invoke("the bootstrap stack's passphrase (to unlock it; hidden): ");
        return string.IsNullOrEmpty(value) ? [] : new Dictionary<string, string>(StringComparer.Ordinal) { ["PULUMI_CONFIG_PASSPHRASE"] = value };
    }

    /// <summary>The stack files here, but pull-request stacks (their workflow gives them what they need).</summary>
    private static List<string> DefaultStacks(CliContext context) =>
        [.. StackLoader.KnownStacks(context.ProjectDirectory).Where(s => PreviewSettingsParser.PullRequestNumber(s) is null)];

    private static int Apply(CliContext context, PulumiRunner pulumi, IReadOnlyList<string> stacks, SecretWork work, List<string> values)
    {
        var (pending, bootstrap) = (work.Pending, work.Bootstrap);
        if (bootstrap is not null && PulumiStacks.LoggedInElsewhere(pulumi, bootstrap.StateBackendUrl) is { } problem)
        {
            return Reporter.Fail(context, problem, ExitCodes.BadInput);
        }

        // A passphrase typed at the prompt is also the one its stacks are encrypted with: the app stacks'
        // (PULUMI_CONFIG_PASSPHRASE), and the bootstrap stack's own (BOOTSTRAP_CONFIG_PASSPHRASE).
        var appEnvironment = Passphrase(context, pending, values, ":PULUMI_CONFIG_PASSPHRASE", "PULUMI_CONFIG_PASSPHRASE");
        var list = pulumi.Run(["stack", "ls", "--json"]);
        if (list.ExitCode != 0)
        {
            return Reporter.Fail(context, $"pulumi stack ls failed (log in first: pulumi login): {list.Message}", ExitCodes.BadInput);
        }

        var existing = PulumiStacks.Names(list.Stdout);
        var own = bootstrap is { OwnPassphrase: true };
        var bootstrapWork = bootstrap is not null && (!existing.Contains(BootstrapSettingsParser.Stack) || pending.Any(p => p.Stack == BootstrapSettingsParser.Stack));
        var bootstrapEnvironment = own && bootstrapWork ? Passphrase(context, pending, values, ":" + BootstrapSettingsParser.OwnPassphraseSecret, BootstrapSettingsParser.OwnPassphraseSecret) : appEnvironment;
        if (own && bootstrapWork && bootstrapEnvironment.Count == 0)
        {
            return Reporter.Fail(context, $"the bootstrap stack is encrypted with a passphrase of its own (bootstrap.ownPassphrase): export {BootstrapSettingsParser.OwnPassphraseSecret}, or run infra secrets at a terminal to be asked", ExitCodes.BadInput);
        }

        IReadOnlyDictionary<string, string> EnvironmentOf(string stack) => stack == BootstrapSettingsParser.Stack ? bootstrapEnvironment : appEnvironment;
        var provider = bootstrap?.SecretsProvider;
        // Every stack, also one without secrets: Deploy's pulumi/actions `up` selects its stack and does
        // not create it (upsert is false by default: pulumi/actions action.yml, src/main.ts).
        foreach (var stack in stacks.Where(s => !existing.Contains(s)))
        {
            // The repository's secrets provider (bootstrap.secretsProvider), as CI's stacks use it. A stack
            // file that exists keeps its config: stack init reads it first (pulumi/pulumi
            // pkg/cmd/pulumi/stack/secrets.go, createSecretsManagerForNewStack).
            List<string> init = ["stack", "init", stack, "--no-select"];
            if ((stack == BootstrapSettingsParser.Stack && own ? "passphrase" : provider) is { } chosen)
            {
                init.AddRange(["--secrets-provider", chosen]);
            }

            var created = pulumi.Run(init, environment: EnvironmentOf(stack));
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
            var set = pulumi.Run(["config", "set", "--secret", "--stack", p.Stack, p.Secret.Key], values[i], EnvironmentOf(p.Stack));
            if (set.ExitCode != 0)
            {
                return Reporter.Fail(context, $"pulumi config set --secret --stack {p.Stack} {p.Secret.Key} failed ({i} of {pending.Count} set): {set.Message}", ExitCodes.ProgramErrors);
            }

            context.Out.WriteLine($"set {p.Stack} {p.Secret.Key}");
        }

        context.Out.WriteLine(pending.Count == 0 ? "every secret has a value" : $"{pending.Count} secret(s) set; commit the stack files (their values are encrypted)");
        return ExitCodes.Ok;
    }
}
