namespace Infra.Expressions;

/// <summary>
/// A reference to a name of the program: a resource, a variable or a config key (they share
/// one namespace), optionally followed by a property path (<c>connectionUriPooler</c>,
/// <c>branch.id</c>, <c>items[0]</c>). Written as <c>${root.path}</c>.
/// </summary>
public sealed record Ref(string Root, string Path = "") : Expr
{
    /// <summary>The built-in name that holds <c>pulumi.stack</c>, <c>pulumi.project</c>, ... .</summary>
    public const string PulumiBuiltin = "pulumi";

    public string Text => Path.Length == 0 ? Root : Path[0] == '[' ? Root + Path : Root + "." + Path;

    public Ref Property(string name) => new(Root, Path.Length == 0 ? name : Path + "." + name);

    public override string ToString() => "${" + Text + "}";
}
