namespace Infra.Stacks.Settings.Catalog;

/// <summary>Existing resources a stack adopts instead of creating (<c>import</c>).</summary>
public static class ImportKeys
{
    public static Setting Resources { get; } = new("import", SettingKind.Map,
        Rules.Like("^[a-z0-9][a-z0-9-]{0,99}$", "a logical resource name of this stack, such as vercel-project (infra plan lists them)"),
        "existing resources to adopt, by logical name: the provider id of each (`vercel-project: prj_...`); the program gives them Pulumi's `import` option, so the first `pulumi up` takes them over instead of creating new ones. An id of the wrong shape is refused offline; the guide per resource type is docs/adopting-existing-resources.md. Remove an entry once the stack has adopted it")
    {
        DefaultDoc = "none",
        Example = "vercel-project: prj_AbCdEf0123456789",
        ItemSchema = """{ "type": "string", "minLength": 1, "description": "the provider id of the existing resource" }""",
    };

    public static IReadOnlyList<Setting> All { get; } = [Resources];
}
