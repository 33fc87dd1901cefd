using Infra.Model;
using YamlDotNet.RepresentationModel;
using static Infra.Writer.PulumiYamlWriter;

namespace Infra.Writer;

/// <summary>Writes the set resource options, in the order of pulumi-yaml's reference.</summary>
internal static class OptionsWriter
{
    public static YamlMappingNode ToNode(ResourceOptions o)
    {
        var node = new YamlMappingNode();
        if (!o.AdditionalSecretOutputs.IsEmpty)
        {
            node.Add("additionalSecretOutputs", Strings(o.AdditionalSecretOutputs));
        }

        if (!o.Aliases.IsEmpty)
        {
            node.Add("aliases", new YamlSequenceNode(o.Aliases.Select(AliasNode)));
        }

        if (o.CustomTimeouts is { } t)
        {
            node.Add("customTimeouts", Map(new (string, string?)[] { ("create", t.Create), ("update", t.Update), ("delete", t.Delete) }
                .Where(p => p.Item2 is not null)
                .Select(p => (p.Item1, (YamlNode)Str(p.Item2!)))));
        }

        if (o.DeleteBeforeReplace)
        {
            node.Add("deleteBeforeReplace", Bool(true));
        }

        if (o.DeletedWith is { } deletedWith)
        {
            node.Add("deletedWith", Str(deletedWith.ToString()));
        }

        if (!o.DependsOn.IsEmpty)
        {
            node.Add("dependsOn", Strings(o.DependsOn.Select(d => d.ToString())));
        }

        if (!o.IgnoreChanges.IsEmpty)
        {
            node.Add("ignoreChanges", Strings(o.IgnoreChanges));
        }

        if (o.Import is { } import)
        {
            node.Add("import", Str(import));
        }

        if (o.Parent is { } parent)
        {
            node.Add("parent", Str(parent.ToString()));
        }

        if (o.PluginDownloadUrl is { } url)
        {
            node.Add("pluginDownloadURL", Str(url));
        }

        if (o.Protect)
        {
            node.Add("protect", Bool(true));
        }

        if (o.Provider is { } provider)
        {
            node.Add("provider", Str(provider.ToString()));
        }

        if (!o.Providers.IsEmpty)
        {
            node.Add("providers", Map(o.Providers.Select(p => (p.Key, (YamlNode)Str(p.Value.ToString())))));
        }

        if (!o.ReplaceOnChanges.IsEmpty)
        {
            node.Add("replaceOnChanges", Strings(o.ReplaceOnChanges));
        }

        if (o.RetainOnDelete)
        {
            node.Add("retainOnDelete", Bool(true));
        }

        if (o.Version is { } version)
        {
            node.Add("version", Str(version));
        }

        return node;
    }

    private static YamlSequenceNode Strings(IEnumerable<string> values) => new(values.Select(v => (YamlNode)Str(v)));

    private static YamlNode AliasNode(ResourceAlias alias)
    {
        if (alias.Urn is { } urn)
        {
            return Str(urn);
        }

        var node = Map(new (string, string?)[] { ("name", alias.Name), ("project", alias.Project), ("stack", alias.Stack), ("type", alias.Type) }
            .Where(p => p.Item2 is not null)
            .Select(p => (p.Item1, (YamlNode)Str(p.Item2!))));
        if (alias.NoParent)
        {
            node.Add("noParent", Bool(true));
        }

        return node;
    }
}
