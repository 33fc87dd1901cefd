using Infra.Tests.Support;
using Xunit;

namespace Infra.Tests.Cli;

/// <summary>
/// No literal secret anywhere in any output: not the stack file's ciphertexts, not the decrypted
/// values Pulumi passes. On the tests' own project, its prod stack given pass-through secrets.
/// </summary>
public sealed class SecretsNeverPrintedTests : IDisposable
{
    private static readonly string[] SecretKeys = ["OPENAI_API_KEY", "RESEND_API_KEY", "TRIGGER_SECRET_KEY", "INNGEST_SIGNING_KEY"];

    private readonly FixtureProject _project = new();

    public SecretsNeverPrintedTests()
    {
        var text = new System.Text.StringBuilder($"  {FixtureProject.Name}:secrets:\n    passThrough: [{string.Join(", ", SecretKeys)}]\n");
        for (var i = 0; i < SecretKeys.Length; i++)
        {
            // A distinct ciphertext per key, so that each one is looked for in the output.
            var cipher = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("cipher-" + SecretKeys[i]));
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"  {FixtureProject.Name}:{SecretKeys[i]}:\n    secure: v1:c2FsdA==:{cipher}\n");
        }

        File.AppendAllText(_project.StackFilePath("prod"), text.ToString());
    }

    public void Dispose() => _project.Dispose();

    [Theory]
    [InlineData("synth")]
    [InlineData("plan")]
    public void Offline_output_holds_no_ciphertext(string verb)
    {
        var stackFile = _project.StackFileText("prod");
        var ciphertexts = stackFile.Split('\n').Where(l => l.TrimStart().StartsWith("secure:", StringComparison.Ordinal))
            .Select(l => l.Trim()["secure:".Length..].Trim()).Distinct().ToList();
        Assert.NotEmpty(ciphertexts);

        var result = InfraProcess.Run(_project.Directory, null, verb, "prod");

        Assert.Equal(0, result.ExitCode);
        Assert.All(ciphertexts, c => Assert.DoesNotContain(c, result.Stdout + result.Stderr, StringComparison.Ordinal));
    }

    [Fact]
    public void Compiler_mode_never_prints_a_decrypted_secret()
    {
        var env = new Dictionary<string, string>
        {
            ["PULUMI_STACK"] = "prod",
            ["PULUMI_PROJECT"] = FixtureProject.Name,
            ["PULUMI_CONFIG"] = PulumiConfigJson.FromStackFile(_project.StackFileText("prod")),
        };

        var result = InfraProcess.Run(_project.Directory, env, "compile");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("DO-NOT-PRINT", result.Stdout + result.Stderr, StringComparison.Ordinal);
        foreach (var key in SecretKeys)
        {
            Assert.Contains($"value: ${{{key}}}", result.Stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Golden_programs_hold_no_ciphertext_or_decrypted_value()
    {
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Baselines))
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotContain("secure:", text, StringComparison.Ordinal);
            Assert.DoesNotContain("v1:", text, StringComparison.Ordinal);
            Assert.DoesNotContain("DO-NOT-PRINT", text, StringComparison.Ordinal);
        }
    }
}
