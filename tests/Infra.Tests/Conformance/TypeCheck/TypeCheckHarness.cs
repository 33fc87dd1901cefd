using Xunit;
using Infra.Tests.Support;

namespace Infra.Tests.Conformance.TypeCheck;

/// <summary>The schemas and checker the type-check tests share.</summary>
internal static class TypeCheckHarness
{
    private static readonly Lazy<SchemaSet?> SchemaCache = new(() => RepoPaths.Schemas is { } dir ? new SchemaSet(dir) : null);

    public static SchemaSet Schemas
    {
        get
        {
            Assert.True(SchemaCache.Value is not null, RepoPaths.SchemasMissingMessage);
            return SchemaCache.Value!;
        }
    }

    public static PulumiYamlTypeChecker Checker(TypeCheckOptions? options = null) => new(Schemas, options);
}
