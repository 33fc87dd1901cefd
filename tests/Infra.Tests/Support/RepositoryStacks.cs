using Infra.Stacks.Cli;
using Infra.Stacks.Settings;

namespace Infra.Tests.Support;

/// <summary>
/// The stacks at the repository root, by name only: the project name of the root <c>Pulumi.yaml</c> and
/// the <c>Pulumi.&lt;stack&gt;.yaml</c> files beside it. A fork renames the project and rewrites those
/// files; only <c>RepositoryStacksTests</c> reads what they hold.
/// </summary>
internal static class RepositoryStacks
{
    /// <summary>The project name of the root <c>Pulumi.yaml</c> (the settings namespace of the root stack files).</summary>
    public static string Project { get; } = ReadProject();

    /// <summary>Every stack with a <c>Pulumi.&lt;stack&gt;.yaml</c> at the root, in ordinal order.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. StackLoader.KnownStacks(RepoPaths.Root)];

    /// <summary>The root stacks that deploy the app (every one but bootstrap and pull request stacks).</summary>
    public static IReadOnlyList<string> AppNames { get; } =
        [.. Names.Where(s => s != BootstrapSettingsParser.Stack && PreviewSettingsParser.PullRequestNumber(s) is null)];

    private static string ReadProject()
    {
        var (name, problem) = ProjectFile.ReadName(RepoPaths.Root);
        return name ?? throw new InvalidOperationException(problem);
    }
}
