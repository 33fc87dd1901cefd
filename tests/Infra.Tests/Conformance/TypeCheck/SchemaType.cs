namespace Infra.Tests.Conformance.TypeCheck;

/// <summary>
/// A type of pulumi's schema model (pulumi <c>pkg/codegen/schema/schema.go</c>, tag pkg/v3.255.0) as pulumi-yaml's
/// analyser uses it. Instances compare by reference, like the Go pointers they stand for: primitives are
/// singletons, every object literal gets a new adhoc type, every resource declaration a new resource type.
/// </summary>
internal abstract class SchemaType
{
    /// <summary>The text pulumi-yaml shows in diagnostics (<c>diags/types.go</c>).</summary>
    public string Display => TypeDisplay.Display(this);

    /// <summary><c>codegen.UnwrapType</c>: peels every outer <see cref="OptionalType"/> (Input is not modelled).</summary>
    public static SchemaType Unwrap(SchemaType type)
    {
        while (type is OptionalType optional)
        {
            type = optional.Element;
        }

        return type;
    }

    /// <summary><c>schema.IsPrimitiveType</c>: the unwrapped type is a primitive (Any, Json and AnyResource included).</summary>
    public static bool IsPrimitive(SchemaType type) => Unwrap(type) is PrimitiveType;

    public override string ToString() => Display;
}
