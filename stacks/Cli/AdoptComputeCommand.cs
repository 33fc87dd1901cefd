using System.CommandLine;
using System.Text.Json;
using Infra.Graph;
using Infra.Stacks.Cli.Secrets;
using Infra.Stacks.Settings;
using Infra.Stacks.Settings.Catalog;

namespace Infra.Stacks.Cli;

/// <summary>
/// <c>adopt-compute &lt;stack&gt;...</c>: after a stack's first <c>pulumi up</c>, writes its output
/// <c>neonComputeId</c> into the stack file as <c>neon.computeId</c> (<c>pulumi config set --path</c>),
/// so that the next <c>up</c> adopts the running compute and compute settings reach it
/// (docs/settings.md, <i>Compute settings reach the running compute</i>). Nobody copies the id by hand.
/// </summary>
public static class AdoptComputeCommand
{
    public static Command Create(CliContext context, CliOptions options)
    {
        var stacks = new Argument<string[]>("stack") { Description = "The deployed stacks whose Neon compute to adopt (prod, staging, ...).", Arity = ArgumentArity.OneOrMore };
        var again = new Option<bool>("--again") { Description = "Replace a neon.computeId already set (after a restore made another branch the default)." };
        var command = new Command("adopt-compute", "Write each deployed stack's output neonComputeId into its stack file as neon.computeId, so compute settings reach the running compute.") { stacks, again };
        command.SetAction(parse => Run(options.Scope(parse, context), parse.GetValue(stacks) ?? [], parse.GetValue(again)));
        return command;
    }

    public static int Run(CliContext context, IReadOnlyList<string> stacks, bool again = false)
    {
        var (project, problem) = ProjectFile.ReadName(context.ProjectDirectory);
        if (project is null)
        {
            return Reporter.Fail(context, [Diagnostic.Error(SettingsCodes.NoSettings, ProjectFile.FileName, problem!)], ExitCodes.BadInput);
        }

        List<Diagnostic> errors = [];
        List<string> pending = [];
        foreach (var stack in stacks.Distinct(StringComparer.Ordinal))
        {
            if (stack == BootstrapSettingsParser.Stack || PreviewSettingsParser.PullRequestNumber(stack) is not null)
            {
                errors.Add(Diagnostic.Error(SettingsCodes.Invalid, "stack " + stack, "is not an app stack with a Neon project of its own; adopt-compute takes stacks such as prod and staging"));
                continue;
            }

            var (settings, problems) = StackLoader.Settings(context, project, stack);
            errors.AddRange(problems);
            if (settings is { ExternalDatabase: true })
            {
                errors.Add(Diagnostic.Error(SettingsCodes.Invalid, "stack " + stack, "has no Neon project (database.provider: external): there is no compute to adopt"));
            }
            else if (settings?.Neon.ComputeId is { } adopted && !again)
            {
                context.Out.WriteLine($"{stack}: already adopted ({NeonKeys.ComputeId.Key}: {adopted}; --again replaces it)");
            }
            else if (settings is not null)
            {
                pending.Add(stack);
            }
        }

        if (errors.Count > 0)
        {
            return Reporter.Fail(context, errors, ExitCodes.BadInput);
        }

        if (pending.Count == 0)
        {
            return ExitCodes.Ok;
        }

        if (PulumiRunner.Find(context) is not { } pulumi)
        {
            return Reporter.Fail(context, PulumiRunner.NotFound, ExitCodes.BadInput);
        }

        foreach (var stack in pending)
        {
            var output = pulumi.Run(["stack", "output", "neonComputeId", "--json", "--stack", stack]);
            var id = output.ExitCode == 0 ? ComputeId(output.Stdout) : null;
            if (id is null || !NeonKeys.ComputeId.Rule.Valid(id))
            {
                return Reporter.Fail(context, output.ExitCode != 0
                    ? $"pulumi stack output neonComputeId --stack {stack} failed: {output.Message} (is the stack deployed, and, with the passphrase provider, PULUMI_CONFIG_PASSPHRASE exported?)"
                    : $"stack {stack} has no output neonComputeId (<project id>/<endpoint id>): deploy it with this version of Infra first", ExitCodes.ProgramErrors);
            }

            var key = $"{project}:{NeonKeys.ComputeId.Key}";
            var set = pulumi.Run(["config", "set", "--path", "--stack", stack, key, id]);
            if (set.ExitCode != 0)
            {
                return Reporter.Fail(context, $"pulumi config set --path --stack {stack} {key} failed: {set.Message}", ExitCodes.ProgramErrors);
            }

            context.Out.WriteLine($"{stack}: {NeonKeys.ComputeId.Key}: {id}; commit Pulumi.{stack}.yaml, and the next pulumi up adopts the compute");
        }

        return ExitCodes.Ok;
    }

    /// <summary>The JSON string <c>pulumi stack output --json</c> prints, or null.</summary>
    private static string? ComputeId(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.String ? document.RootElement.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
