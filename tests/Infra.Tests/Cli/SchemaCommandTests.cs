using System.Text.Json.Nodes;
using Infra.Tests.Support;
using Xunit;

namespace Infra.Tests.Cli;

/// <summary><c>infra schema</c>: the stack files' JSON Schema for the project it runs in.</summary>
public sealed class SchemaCommandTests : IDisposable
{
    private readonly FixtureProject _project = new();

    public void Dispose() => _project.Dispose();

    [Fact]
    public void Schema_prints_the_projects_stack_file_schema()
    {
        var result = InfraProcess.Run(_project.Directory, null, "schema");

        Assert.Equal(0, result.ExitCode);
        var properties = JsonNode.Parse(result.Stdout)!["properties"]!["config"]!["properties"]!.AsObject();
        Assert.Contains($"{FixtureProject.Name}:app", properties.Select(p => p.Key));
        Assert.Contains($"{FixtureProject.Name}:neon", properties.Select(p => p.Key));
        Assert.DoesNotContain($"{FixtureProject.Name}:bootstrap", properties.Select(p => p.Key));
    }

    [Fact]
    public void Schema_bootstrap_prints_the_bootstrap_stack_files_schema()
    {
        var result = InfraProcess.Run(_project.Directory, null, "schema", "--bootstrap");

        Assert.Equal(0, result.ExitCode);
        var properties = JsonNode.Parse(result.Stdout)!["properties"]!["config"]!["properties"]!.AsObject();
        Assert.Equal([$"{FixtureProject.Name}:bootstrap", $"{FixtureProject.Name}:github"], properties.Select(p => p.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Schema_write_writes_both_schemas_into_the_project()
    {
        var result = InfraProcess.Run(_project.Directory, null, "schema", "--write");

        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(Path.Combine(_project.Directory, "schema", "stack.schema.json")));
        Assert.True(File.Exists(Path.Combine(_project.Directory, "schema", "bootstrap.schema.json")));
    }

    [Fact]
    public void Schema_without_a_project_is_one_line_and_exit_2()
    {
        var empty = Path.Combine(_project.Directory, "empty");
        Directory.CreateDirectory(empty);

        var result = InfraProcess.Run(empty, null, "schema");

        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.ErrorLines);
        Assert.Empty(result.Stdout);
    }
}
