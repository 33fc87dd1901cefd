namespace Infra.Stacks.Settings;

/// <summary>
/// The kind of Neon API key the stack's <c>neon:apiKey</c> (or <c>NEON_API_KEY</c>) is
/// (<c>neon.apiKeyType</c>). It decides whether the project needs <c>neon.orgId</c>.
/// </summary>
public enum NeonApiKeyType
{
    /// <summary>
    /// A personal API key: it may reach several organizations, so the project names its own
    /// (<c>org_id</c>). Neon refuses <c>POST /projects</c> without it for accounts that only have
    /// organizations ("org_id is required"), and otherwise puts the project in the personal account.
    /// </summary>
    Personal,

    /// <summary>An organization API key: scoped to one organization, where the project is created.</summary>
    Organization,
}
