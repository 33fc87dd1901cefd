using System.Diagnostics;

namespace Infra.Stacks.Cli.Secrets;

/// <summary>
/// Runs the Pulumi CLI found on the context's <c>PATH</c> in the project directory, always
/// <c>--non-interactive</c> (a passphrase prompt would otherwise wait forever), with an optional
/// value on stdin: <c>pulumi config set</c> reads the value from stdin when stdin is not a terminal
/// (pulumi/pulumi <c>pkg/cmd/pulumi/config/config.go</c>, <c>configSetCmd.Run</c>), so a secret is
/// never an argument that <c>ps</c> could show.
/// </summary>
public sealed class PulumiRunner(CliContext context, string executable)
{

    public sealed record Result(int ExitCode, string Stdout, string Stderr)
    {
        /// <summary>Pulumi's own message, on one line.</summary>
        public string Message => (Stderr.Trim().Length > 0 ? Stderr : Stdout).Trim().ReplaceLineEndings(" ");
    }

    /// <summary>What to do when no <c>pulumi</c> is on the PATH.</summary>
    public const string NotFound = "pulumi is not on the PATH: install the Pulumi CLI (https://www.pulumi.com/docs/install/) and log in first (pulumi login)";

    /// <summary>The runner, or null when no <c>pulumi</c> is on the PATH.</summary>
    public static PulumiRunner? Find(CliContext context)
    {
        var names = OperatingSystem.IsWindows() ? new[] { "pulumi.exe", "pulumi.cmd" } : ["pulumi"];
        var path = context.GetEnvironment("PATH") ?? "";
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(dir => names.Select(n => Path.Combine(dir, n)))
            .FirstOrDefault(File.Exists) is { } found ? new PulumiRunner(context, found) : null;
    }

    /// <param name="environment">Variables for this process beyond this process's own (the passphrase of the stack it touches).</param>
    public Result Run(IEnumerable<string> args, string? stdin = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(executable)
        {
            WorkingDirectory = context.ProjectDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        foreach (var arg in args.Append("--non-interactive"))
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start " + executable);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
        }

        process.StandardInput.Close();
        process.WaitForExit();
        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }
}
