using System.Text.Json.Nodes;
using Infra.Tests.Support;
using Xunit;

namespace Infra.Tests.Cli;

/// <summary><c>infra backup-matrix</c>: the backup workflows' matrix, from the project's stack files.</summary>
public sealed class BackupMatrixCommandTests
{
    [Fact]
    public void The_matrix_lists_the_stacks_with_backups_and_their_postgres_major()
    {
        var result = InfraProcess.Run(RepoPaths.FixtureProject, null, "backup-matrix");

        Assert.Equal(0, result.ExitCode);
        var include = JsonNode.Parse(result.Stdout)!["include"]!.AsArray();
        Assert.Equal(["prod", "staging"], include.Select(e => (string)e!["stack"]!));
        Assert.Equal(["PROD", "STAGING"], include.Select(e => (string)e!["suffix"]!));
        Assert.All(include, e => Assert.Equal("17", (string)e!["pgMajor"]!));
        Assert.Single(result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void A_project_without_backups_has_an_empty_matrix()
    {
        var result = InfraProcess.Run(Path.Combine(RepoPaths.SeedApps, "004-ai-study-companion"), null, "backup-matrix");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("{\"include\":[]}\n", result.Stdout);
    }

    [Fact]
    public void Broken_settings_are_one_line_each_and_exit_2()
    {
        using var project = new FixtureProject();
        File.AppendAllText(project.StackFilePath("prod"), $"  {FixtureProject.Name}:backups:\n    dailyDays: zero\n");

        var result = InfraProcess.Run(project.Directory, null, "backup-matrix");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Contains("backups.dailyDays", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }
}
