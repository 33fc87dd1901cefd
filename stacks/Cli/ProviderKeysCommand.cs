using System.CommandLine;

namespace Infra.Stacks.Cli;

/// <summary>
/// <c>provider-keys &lt;stack&gt;</c>: the provider config keys a stack file sets, one per line, never
/// their values. A pull-request stack must carry its base stack's (the engine gives each default
/// provider only the deployed stack's config); the pr-stack workflow copies each with
/// <c>pulumi config cp &lt;key&gt; --stack staging --dest pr-&lt;n&gt;</c>.
/// </summary>
public static class ProviderKeysCommand
{
    public static Command Create(CliContext context, CliOptions options)
    {
        var stack = new Argument<string>("stack") { Description = "The stack whose stack file to read (staging for pull-request stacks)." };
        var command = new Command("provider-keys", "List the provider config keys (vercel:team, aws:region, credentials) a stack file sets, one per line, without values.") { stack };
        command.SetAction(parse => Run(options.Scope(parse, context), parse.GetRequiredValue(stack)));
        return command;
    }

    public static int Run(CliContext context, string stack)
    {
        var (keys, errors) = StackLoader.ProviderKeys(context, stack);
        if (keys is null)
        {
            return Reporter.Fail(context, errors, ExitCodes.BadInput);
        }

        foreach (var key in keys)
        {
            context.Out.WriteLine(key);
        }

        return ExitCodes.Ok;
    }
}
