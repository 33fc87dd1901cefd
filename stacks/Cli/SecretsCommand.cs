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

        var (values, missing) = SecretValues.Collect(context, project, pending);
        if (values is null)
        {
            return Reporter.Fail(context, missing, ExitCodes.BadInput);
        }

        if (PulumiRunner.Find(context) is not { } pulumi)
        {
            return Reporter.Fail(context, PulumiRunner.NotFound, ExitCodes.BadInput);
        }

        return Apply(context, pulumi, stacks, pending, values);
    }

    /// <summary>The stack files here, but pull-request stacks (their workflow gives them what they need).</summary>
    private static List<string> DefaultStacks(CliContext context) =>
        [.. StackLoader.KnownStacks(context.ProjectDirectory).Where(s => PreviewSettingsParser.PullRequestNumber(s) is null)];

    private static int Apply(CliContext context, PulumiRunner pulumi, IReadOnlyList<(string Stack, RawConfig Config)> stacks, IReadOnlyList<PendingSecret> pending, List<string> values)
    {
        var bootstrap = stacks.Where(s => s.Stack == BootstrapSettingsParser.Stack).Select(s => s.Config).FirstOrDefault();
        if (bootstrap is not null && PulumiStacks.LoggedInElsewhere(pulumi, SecretPlan.StateBackendUrl(bootstrap)) is { } problem)
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

        var existing = PulumiStacks.Names(list.Stdout);
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
}
