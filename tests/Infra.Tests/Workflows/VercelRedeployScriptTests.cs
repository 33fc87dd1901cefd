using Infra.Tests.Support;
using Xunit;
using static Infra.Tests.Workflows.WorkflowFile;

namespace Infra.Tests.Workflows;

/// <summary>
/// .github/scripts/vercel-redeploy.sh, run with stand-ins for <c>pulumi</c> and <c>curl</c>: it
/// redeploys exactly when the variables' digest differs from the one of the last successful
/// redeploy (a stack tag), retries after a failed redeploy, never prints the digest or the hook URL;
/// and the workflows call it after every <c>pulumi up</c> of a stack with Vercel variables.
/// </summary>
public sealed class VercelRedeployScriptTests : IDisposable
{
    private const string Hook = "https://api.vercel.com/v1/integrations/deploy/prj_x/SECRET-HOOK";
    private readonly ScriptSandbox _sandbox = new("infra-redeploy-");

    public VercelRedeployScriptTests()
    {
        _sandbox.StandIn("pulumi", """
            case "$*" in
              *vercelVariablesDigest*) cat "$STUB/digest" 2>/dev/null || exit 1 ;;
              *vercelRedeployHook*) echo "$HOOK" ;;
              *"stack tag get"*) cat "$STUB/tag" 2>/dev/null || exit 1 ;;
              *"stack tag set"*) echo "$5" > "$STUB/tag" ;;
              *vercelProject*) echo "acme-staging" ;;
              *gitRepository*) echo "acme/app" ;;
              *gitBranch*) echo "feature/login" ;;
              *vercelScope*) echo "acme-team" ;;
              *) exit 1 ;;
            esac
            """);
        _sandbox.StandIn("curl", """
            echo "curl $*" >> "$STUB/calls"
            [ -f "$STUB/curl-fails" ] && exit 22
            exit 0
            """);
    }

    public void Dispose() => _sandbox.Dispose();

    private (int ExitCode, string Output) Run(string stack, string target)
    {
        var (code, stdout, stderr) = _sandbox.Run("vercel-redeploy.sh", [stack, target], new Dictionary<string, string>
        {
            ["HOOK"] = Hook,
            ["VERCEL_API_TOKEN"] = "tok-DO-NOT-PRINT",
        });
        return (code, stdout + stderr);
    }

    private string Calls => File.Exists(Path.Combine(_sandbox.Directory, "calls")) ? File.ReadAllText(Path.Combine(_sandbox.Directory, "calls")) : "";

    private void Write(string name, string? text)
    {
        var path = Path.Combine(_sandbox.Directory, name);
        if (text is null)
        {
            File.Delete(path);
        }
        else
        {
            File.WriteAllText(path, text);
        }
    }

    [Fact]
    public void Changed_variables_call_the_deploy_hook_once_without_printing_it()
    {
        Write("digest", "aaa");

        var (first, output) = Run("prod", "hook");
        var (second, _) = Run("prod", "hook");

        Assert.Equal((0, 0), (first, second));
        Assert.Equal(1, Calls.Split("-X POST " + Hook).Length - 1);
        Assert.DoesNotContain("SECRET-HOOK", output.Replace("::add-mask::" + Hook, "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("aaa", File.ReadAllText(Path.Combine(_sandbox.Directory, "tag")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_failed_redeploy_is_retried_by_the_next_run()
    {
        Write("digest", "aaa");
        Write("curl-fails", "");

        var (failed, _) = Run("prod", "hook");
        Write("curl-fails", null);
        var (retried, _) = Run("prod", "hook");

        Assert.NotEqual(0, failed);
        Assert.Equal(0, retried);
        Assert.Equal(2, Calls.Split("-X POST " + Hook).Length - 1);
    }

    [Fact]
    public void A_pull_requests_preview_is_a_new_deployment_of_its_branch_from_git()
    {
        Write("digest", "ccc");

        var (code, output) = Run("pr-42", "preview");

        Assert.Equal(0, code);
        Assert.Contains("https://api.vercel.com/v13/deployments?slug=acme-team", Calls, StringComparison.Ordinal);
        Assert.Contains("\"ref\": \"feature/login\"", Calls, StringComparison.Ordinal);
        Assert.Contains("\"org\": \"acme\"", Calls, StringComparison.Ordinal);
        Assert.DoesNotContain("DO-NOT-PRINT", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_up_of_a_stack_with_vercel_variables_is_followed_by_a_redeploy()
    {
        foreach (var (file, target) in new[] { ("deploy.yml", "hook"), ("pr-stack.yml", "preview") })
        {
            foreach (var (name, job) in Load(file).Jobs)
            {
                var steps = ((YamlDotNet.RepresentationModel.YamlSequenceNode)job["steps"]).Children.Cast<YamlDotNet.RepresentationModel.YamlMappingNode>().ToList();
                var up = steps.FindIndex(s => Scalar(s, "uses")?.StartsWith("pulumi/actions", StringComparison.Ordinal) == true && Scalar(Get(s, "with")!, "command") == "up");
                // The bootstrap stack declares no Vercel variables.
                if (up < 0 || Scalar(Get(steps[up], "with")!, "stack-name") == Infra.Stacks.Settings.BootstrapSettingsParser.Stack)
                {
                    continue;
                }

                var apply = steps.FindIndex(s => Scalar(s, "run")?.Contains("vercel-redeploy.sh", StringComparison.Ordinal) == true
                    && Scalar(s, "run")!.TrimEnd().EndsWith(target, StringComparison.Ordinal));
                Assert.True(apply > up, $"{file} {name}: the redeploy ({target}) follows pulumi up");
            }
        }
    }
}
