using System.Diagnostics;

namespace Infra.Tests.Support;

/// <summary>
/// A temporary directory of stand-in commands (<c>pulumi</c>, <c>curl</c>, ...) put first on the
/// <c>PATH</c> of a script of <c>.github/scripts/</c>; the stand-ins see the directory as <c>$STUB</c>.
/// </summary>
internal sealed class ScriptSandbox : IDisposable
{
    public ScriptSandbox(string prefix)
    {
        Directory = Path.Combine(Path.GetTempPath(), prefix + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
    }

    public string Directory { get; }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);

    /// <summary>Writes an executable bash stand-in named <paramref name="name"/>.</summary>
    public void StandIn(string name, string body)
    {
        var path = Path.Combine(Directory, name);
        File.WriteAllText(path, "#!/usr/bin/env bash\n" + body + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    /// <summary>The sandbox's stand-ins first on the PATH, then the test runner's.</summary>
    public string SearchPath => Directory + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");

    /// <summary>An environment for <c>infra</c> run as a process: the stand-ins first on the PATH, and the given variables.</summary>
    public Dictionary<string, string> EnvironmentWith(params (string Key, string Value)[] values)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal) { ["PATH"] = SearchPath };
        foreach (var (key, value) in values)
        {
            environment[key] = value;
        }

        return environment;
    }

    /// <summary>Runs <c>.github/scripts/&lt;script&gt;</c> with the stand-ins and the given environment.</summary>
    public (int ExitCode, string Stdout, string Stderr) Run(string script, IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(Path.Combine(RepoPaths.Root, ".github", "scripts", script), args)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            // The sandbox is the script's working directory: a stand-in ./out/infra lives there.
            WorkingDirectory = Directory,
        };
        info.Environment["PATH"] = Directory + ":" + Environment.GetEnvironmentVariable("PATH");
        info.Environment["STUB"] = Directory;
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr);
    }
}
