using Xunit;

namespace Infra.Tests.Support;

/// <summary>
/// Golden files under tests/Infra.Tests/Baselines. Run the tests with INFRA_UPDATE_BASELINES=1
/// to rewrite them from the current output, then review the diff like code.
/// </summary>
internal static class Baseline
{
    public const string UpdateVariable = "INFRA_UPDATE_BASELINES";

    public static void Match(string fileName, string actual)
    {
        var path = Path.Combine(RepoPaths.Baselines, fileName);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Directory.CreateDirectory(RepoPaths.Baselines);
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"baseline {path} is missing; run the tests with {UpdateVariable}=1 to create it, then review it");
        var expected = File.ReadAllText(path);
        if (expected == actual)
        {
            return;
        }

        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var line = 0;
        while (line < expectedLines.Length && line < actualLines.Length && expectedLines[line] == actualLines[line])
        {
            line++;
        }

        Assert.Fail(
            $"{fileName} differs from its baseline at line {line + 1}:\n" +
            $"  expected: {(line < expectedLines.Length ? expectedLines[line] : "<end>")}\n" +
            $"  actual:   {(line < actualLines.Length ? actualLines[line] : "<end>")}\n" +
            $"If the change is intended, run the tests with {UpdateVariable}=1 and review the diff.");
    }
}
