using Infra.Stacks.Cli;
using Infra.Stacks.Settings.Catalog;
using Infra.Tests.Support;
using Xunit;

namespace Infra.Tests.Settings;

/// <summary>
/// The repository's schema files (<c>schema/</c>, which its stack files point editors at) are what
/// <c>infra schema --write</c> generates for its project: a fork that renames the project regenerates them.
/// </summary>
public sealed class RepositorySchemaTests
{
    [Theory]
    [InlineData(SchemaCommand.StackFile, SettingScope.App)]
    [InlineData(SchemaCommand.BootstrapFile, SettingScope.Bootstrap)]
    public void The_committed_schema_is_the_generated_one(string file, SettingScope scope)
    {
        var (project, problem) = ProjectFile.ReadName(RepoPaths.Root);
        Assert.True(project is not null, problem);
        var path = Path.Combine(RepoPaths.Root, SchemaCommand.Directory, file);

        Assert.True(File.Exists(path) && File.ReadAllText(path) == StackFileSchema.Generate(project!, scope),
            $"{SchemaCommand.Directory}/{file} is not what the catalog generates for {project}; run: dotnet run --project stacks -- schema --write");
    }
}
