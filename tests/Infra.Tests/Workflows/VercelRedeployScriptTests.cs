using System.Diagnostics;
using Infra.Tests.Support;
using Xunit;
using static Infra.Tests.Workflows.WorkflowFile;

namespace Infra.Tests.Workflows;

/// <summary>
/// .github/scripts/vercel-redeploy.sh, run with stand-ins for <c>pulumi</c>, <c>curl</c> and <c>npx</c>:
/// it redeploys exactly when the variables' digest changed across <c>pulumi up</c>, and never prints
/// the digest or the hook URL; and the workflows call it around every <c>pulumi up</c> of a stack
/// that has Vercel variables.
/// </summary>
public sealed class VercelRedeployScriptTests : IDisposable
{
    private const string Hook = "https://api.vercel.com/v1/integrations/deploy/prj_x/SECRET-HOOK";
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "infra-redeploy-" + Guid.NewGuid().ToString("N"));

    public VercelRedeployScriptTests()
    {
        System.IO.Directory.CreateDirectory(_dir);
        Stub("pulumi", """
            case "$*" in
              *vercelVariablesDigest*) cat "$STUB/digest" 2>/dev/null || exit 1 ;;
              *vercelRedeployHook*) echo "$HOOK" ;;
              *previewUrl*) echo "https://acme-staging-git-feature-acme-team.vercel.app" ;;
              *vercelScope*) echo "acme-team" ;;
              *releaseBranch*) exit 1 ;;
              *) exit 1 ;;
            esac
            """);
        Stub("curl", """echo "curl $*" >> "$STUB/calls" """);
        Stub("npx", """echo "npx $*" >> "$STUB/calls" """);
    }

    public void Dispose() => System.IO.Directory.Delete(_dir, recursive: true);

    private void Stub(string name, string body)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, "#!/usr/bin/env bash\n" + body + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private (int ExitCode, string Output) Run(params string[] args)
    {
        var info = new ProcessStartInfo(Path.Combine(RepoPaths.Root, ".github", "scripts", "vercel-redeploy.sh"), args)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["PATH"] = _dir + ":" + Environment.GetEnvironmentVariable("PATH");
        info.Environment["STUB"] = _dir;
        info.Environment["HOOK"] = Hook;
        info.Environment["VERCEL_API_TOKEN"] = "tok";
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output);
    }

    private string Calls => File.Exists(Path.Combine(_dir, "calls")) ? File.ReadAllText(Path.Combine(_dir, "calls")) : "";

    private void SetDigest(string? value)
    {
        var path = Path.Combine(_dir, "digest");
        if (value is null)
        {
            File.Delete(path);
        }
        else
        {
            File.WriteAllText(path, value);
        }
    }

    [Fact]
    public void Unchanged_variables_redeploy_nothing()
    {
        SetDigest("aaa");
        Run("record", "prod", Path.Combine(_dir, "before"));

        var (code, output) = Run("apply", "prod", Path.Combine(_dir, "before"), "hook");

        Assert.Equal(0, code);
        Assert.Equal("", Calls);
        Assert.DoesNotContain("aaa", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Changed_variables_call_the_deploy_hook_without_printing_it()
    {
        SetDigest("aaa");
        Run("record", "prod", Path.Combine(_dir, "before"));
        SetDigest("bbb");

        var (code, output) = Run("apply", "prod", Path.Combine(_dir, "before"), "hook");

        Assert.Equal(0, code);
        Assert.Contains("-X POST " + Hook, Calls, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET-HOOK", output.Replace("::add-mask::" + Hook, "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void A_first_up_redeploys_the_pull_requests_preview()
    {
        SetDigest(null);
        Run("record", "pr-42", Path.Combine(_dir, "before"));
        SetDigest("ccc");

        var (code, _) = Run("apply", "pr-42", Path.Combine(_dir, "before"), "preview");

        Assert.Equal(0, code);
        Assert.Contains("redeploy https://acme-staging-git-feature-acme-team.vercel.app --token tok --scope acme-team", Calls, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_up_of_a_stack_with_vercel_variables_is_wrapped_in_record_and_apply()
    {
        foreach (var (file, target) in new[] { ("deploy.yml", "hook"), ("pr-stack.yml", "preview") })
        {
            foreach (var (name, job) in Load(file).Jobs)
            {
                var steps = ((YamlDotNet.RepresentationModel.YamlSequenceNode)job["steps"]).Children.Cast<YamlDotNet.RepresentationModel.YamlMappingNode>().ToList();
                var up = steps.FindIndex(s => Scalar(s, "uses")?.StartsWith("pulumi/actions", StringComparison.Ordinal) == true && Scalar(Get(s, "with")!, "command") == "up");
                if (up < 0)
                {
                    continue;
                }

                var record = steps.FindIndex(s => Scalar(s, "run")?.Contains("vercel-redeploy.sh record", StringComparison.Ordinal) == true);
                var apply = steps.FindIndex(s => Scalar(s, "run")?.Contains($"vercel-redeploy.sh apply", StringComparison.Ordinal) == true
                    && Scalar(s, "run")!.TrimEnd().EndsWith(target, StringComparison.Ordinal));
                Assert.True(record >= 0 && record < up && apply > up, $"{file} {name}: record before and apply ({target}) after pulumi up");
            }
        }
    }
}
