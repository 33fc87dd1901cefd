using Infra.Expressions;

namespace Infra.Model;

/// <summary>
/// A resource of the program: its logical name (stable: renaming it replaces the real
/// resource unless an alias is added), its type token, its inputs and its options.
/// Typed provider records derive from this and map their typed inputs to schema names.
/// </summary>
public abstract record Resource(string Name)
{
    /// <summary>The type token, <c>package:module/name:Name</c>.</summary>
    public abstract string Type { get; }

    public ResourceOptions Options { get; init; } = ResourceOptions.None;

    /// <summary>The package, the first segment of the type token.</summary>
    public string Package => Graph.ProgramGraph.PackageName(Type);

    /// <summary>The inputs, keyed by their schema names.</summary>
    public abstract ObjectExpr Inputs();

    /// <summary>The provider id of the resource.</summary>
    public Output<string> Id => Output<string>("id");

    /// <summary>A typed reference to an output property of this resource.</summary>
    protected Output<T> Output<T>(string path) => new(new Ref(Name, path));

    /// <summary>The whole resource, for options such as <c>dependsOn</c> and <c>provider</c>.</summary>
    public Ref Self => new(Name);
}
