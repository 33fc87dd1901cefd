using System.Text.Json;

namespace Infra.Tests.Conformance.TypeCheck;

/// <summary>
/// The engine's built-in package <c>pulumi</c>, exactly as pulumi's mock (<c>pkg/codegen/schema/mock_pulumi_schema.go:24-134</c>,
/// pkg/v3.255.0): <c>pulumi:pulumi:StackReference</c> (input <c>name</c>, optional; outputs <c>outputs: Map&lt;Any&gt;</c>
/// required, <c>secretOutputNames: Map&lt;string&gt;</c>, <c>name</c>) and <c>pulumi:index:Stash</c>.
/// </summary>
internal static class PulumiMockPackage
{
    public const string Name = "pulumi";

    public static JsonElement Root { get; } = JsonDocument.Parse("""
        {
          "name": "pulumi",
          "version": "3.0.0",
          "resources": {
            "pulumi:index:Stash": {
              "properties": {"output": {"$ref": "pulumi.json#/Any"}, "input": {"$ref": "pulumi.json#/Any"}},
              "required": ["input", "output"],
              "inputProperties": {"input": {"$ref": "pulumi.json#/Any"}},
              "requiredInputs": ["input"]
            },
            "pulumi:pulumi:StackReference": {
              "properties": {
                "outputs": {"type": "object", "additionalProperties": {"$ref": "pulumi.json#/Any"}},
                "secretOutputNames": {"type": "object", "additionalProperties": {"type": "string"}},
                "name": {"type": "string"}
              },
              "required": ["outputs"],
              "inputProperties": {"name": {"type": "string"}}
            }
          },
          "provider": {"inputProperties": {"name": {"type": "string"}}}
        }
        """).RootElement.Clone();
}
