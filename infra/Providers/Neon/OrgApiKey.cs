using Infra.Expressions;
using Infra.Model;

namespace Infra.Providers.Neon;

/// <summary>
/// <c>neon:index/orgApiKey:OrgApiKey</c> (kislerdm/neon 0.15.0, provider/resource_org_api_key.go): an
/// organization API key, limited to one project when <see cref="ProjectId"/> is set (Neon's
/// project-scoped key: it manages that project's branches and computes, cannot delete the project
/// and sees no other one). Every input is <c>ForceNew</c>; the key is a sensitive output, so a
/// Pulumi secret. The provider reads a key back by its name among the organization's keys, so
/// the name must be unique in the organization, and it does not support import.
/// </summary>
public sealed record OrgApiKey(string Name, Input<string> KeyName, Input<string> OrgId) : Resource(Name), ISummarized
{
    public override string Type => "neon:index/orgApiKey:OrgApiKey";

    /// <summary>The project the key is limited to; null: the whole organization.</summary>
    public Input<string>? ProjectId { get; init; }

    /// <summary>The key itself (secret).</summary>
    public Output<string> Key => Output<string>("key");

    public IReadOnlyList<string> SummaryKeys { get; } = ["name", "projectId"];

    public override ObjectExpr Inputs() => new ObjectBuilder()
        .Add("name", KeyName)
        .Add("orgId", OrgId)
        .Add("projectId", ProjectId)
        .Build();
}
