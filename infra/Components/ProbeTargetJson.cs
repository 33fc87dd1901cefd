using System.Text.Json.Serialization;

namespace Infra.Components;

/// <summary>The probe's <c>TARGETS</c> as compact JSON with camel-case names (source-generated: no reflection).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(IEnumerable<ProbeTarget>))]
internal sealed partial class ProbeTargetJson : JsonSerializerContext;
