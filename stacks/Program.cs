using System.Text;
using Infra.Stacks.Cli;
using Infra.Stacks.Cli.Secrets;

var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
using var stdout = new StreamWriter(Console.OpenStandardOutput(), utf8) { NewLine = "\n", AutoFlush = false };
using var stderr = new StreamWriter(Console.OpenStandardError(), utf8) { NewLine = "\n", AutoFlush = true };
// Prompts (infra init) only where someone can answer them: a terminal, never a pipe or CI.
var terminal = !Console.IsInputRedirected;
var context = new CliContext(stdout, stderr, Environment.GetEnvironmentVariable, Directory.GetCurrentDirectory(), terminal ? Console.In : null, terminal ? HiddenInput.Read : null);
try
{
    return CliApp.Run(args, context);
}
#pragma warning disable CA1031 // The last line of defence: one line on stderr, never a stack trace.
catch (Exception e)
#pragma warning restore CA1031
{
    stderr.WriteLine($"internal error: {e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")}");
    return ExitCodes.InternalError;
}
