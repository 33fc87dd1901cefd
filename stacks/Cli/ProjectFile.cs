using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Infra.Stacks.Cli;

/// <summary>Reads the project name (the config namespace) from <c>Pulumi.yaml</c>.</summary>
public static class ProjectFile
{
    public const string FileName = "Pulumi.yaml";

    /// <summary>The project name, or null with the reason when the file is missing or has none.</summary>
    public static (string? Name, string? Problem) ReadName(string directory)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            return (null, $"{path}: not found; run Infra in the project directory or pass --project-dir");
        }

        try
        {
            YamlStream stream = [];
            stream.Load(new StringReader(File.ReadAllText(path)));
            if (stream.Documents.Count > 0
                && stream.Documents[0].RootNode is YamlMappingNode root
                && root.Children.TryGetValue(new YamlScalarNode("name"), out var name)
                && name is YamlScalarNode { Value: { Length: > 0 } value })
            {
                return (value, null);
            }

            return (null, $"{path}: no 'name:'; the project name is the settings namespace");
        }
        catch (YamlException e)
        {
            return (null, $"{path}:{e.Start.Line}: not valid YAML: {e.Message.ReplaceLineEndings(" ")}");
        }
    }
}
