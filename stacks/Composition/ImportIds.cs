using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Infra.Stacks.Composition;

/// <summary>
/// The import id shapes Infra checks offline, per resource type, read in each provider's import code
/// at the pinned version (docs/adopting-existing-resources.md cites each file). Other types take any
/// id: the provider's read at <c>pulumi preview</c> is then the check.
/// </summary>
public static class ImportIds
{
    private const string Hex32 = "[0-9a-f]{32}";
    private const string Slug = "[a-z0-9_-]+";

    public static ImmutableSortedDictionary<string, ImportIdShape> Shapes { get; } = new Dictionary<string, ImportIdShape>
    {
        // vercel v5.4.1 vercel/resource_project.go ImportState: "project_id" or "team_id/project_id" (split.go splitInto1Or2).
        ["vercel:index/project:Project"] = new(Pattern("^(team_[A-Za-z0-9]+/)?prj_[A-Za-z0-9]+$"),
            "prj_... or team_.../prj_...", "Vercel: the project's Settings, General, Project ID; the team id under the team's Settings, General"),
        // vercel/resource_project_domain.go ImportState: "project_id/domain" or "team_id/project_id/domain".
        ["vercel:index/projectDomain:ProjectDomain"] = new(Pattern("^(team_[A-Za-z0-9]+/)?prj_[A-Za-z0-9]+/[a-z0-9.-]+$"),
            "prj_.../<domain>", "the project id as for the project, then the domain its Settings, Domains lists"),
        // vercel/resource_project_environment_variable.go ImportState: "project_id/env_id" (the prj_ id, never the project's name).
        ["vercel:index/projectEnvironmentVariable:ProjectEnvironmentVariable"] = new(Pattern("^(team_[A-Za-z0-9]+/)?prj_[A-Za-z0-9]+/[A-Za-z0-9]+$"),
            "prj_.../<env id>", "the env id is not shown in the dashboard: GET /v10/projects/<project>/env gives envs[].id"),
        // kislerdm/neon v0.15.0 provider/resource_project.go resourceProjectImport: the project id as is.
        ["neon:index/project:Project"] = new(Pattern("^[a-z0-9][a-z0-9-]{2,60}$"),
            "a Neon project id such as shiny-cell-31746257", "Neon console: the project's Settings, General, Project ID"),
        // cloudflare internal/services/r2_bucket/resource.go ImportState: exactly <account_id>/<bucket_name>/<jurisdiction>.
        ["cloudflare:index/r2Bucket:R2Bucket"] = new(Pattern($"^{Hex32}/[a-z0-9][a-z0-9-]{{1,61}}[a-z0-9]/(default|eu|fedramp)$"),
            "<account id>/<bucket name>/<jurisdiction> (default, eu or fedramp; the jurisdiction is required)", "Cloudflare: the account id on the R2 overview, the name in the bucket list"),
        // cloudflare internal/services/dns_record/resource.go ImportState: <zone_id>/<dns_record_id>.
        ["cloudflare:index/dnsRecord:DnsRecord"] = new(Pattern($"^{Hex32}/{Hex32}$"),
            "<zone id>/<record id>", "the zone's Overview, API section; the record id from GET /zones/<zone>/dns_records?name=<host>"),
        // jianyuan/sentry v0.15.4 internal/provider/resource_project.go ImportState: organization/project.
        ["sentry:index/project:Project"] = new(Pattern($"^{Slug}/{Slug}$"),
            "<organization slug>/<project slug>", "the project's settings URL: /settings/<org>/projects/<project>/"),
        // sentry/resource_sentry_team.go importOrganizationAndID: organization/team.
        ["sentry:index/team:Team"] = new(Pattern($"^{Slug}/{Slug}$"),
            "<organization slug>/<team slug>", "the team's settings URL: /settings/<org>/teams/<team>/"),
        // internal/provider/resource_client_key.go ImportState: organization/project/key id (the DSN's public key).
        ["sentry:index/key:Key"] = new(Pattern($"^{Slug}/{Slug}/[0-9a-f]{{32}}$"),
            "<organization slug>/<project slug>/<key id>", "the key id is the 32 hex digits before '@' in the DSN"),
        // aws s3/bucket passthrough importer, with the v6 provider's optional @<region> suffix (internal/provider/sdkv2/region.go).
        ["aws:s3/bucket:Bucket"] = new(Pattern("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](@[a-z]{2}(-[a-z]+)+-[0-9]{1,2})?$"),
            "<bucket name>, or <bucket name>@<region> when its region is not the provider's", "S3 console: Buckets, the name and AWS Region columns"),
        // BetterStackHQ/better-uptime v0.21.10 internal/provider/resource_monitor.go: the numeric monitor id.
        ["better-uptime:index/monitor:Monitor"] = new(Pattern("^[0-9]+$"),
            "a numeric monitor id", "the last segment of the monitor's URL in Better Stack Uptime"),
    }.ToImmutableSortedDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Types whose provider has no import at the pinned version: an <c>import</c> of one would fail at
    /// <c>pulumi preview</c> with "Resource Import Not Implemented".
    /// </summary>
    public static ImmutableSortedDictionary<string, string> NotImportable { get; } = new Dictionary<string, string>
    {
        // cloudflare docs/resources/r2_custom_domain.md: "This resource does not currently support terraform import."
        ["cloudflare:index/r2CustomDomain:R2CustomDomain"] =
            "R2 custom domains cannot be imported (the provider has no import): remove the domain from the bucket (R2, the bucket's Settings, Custom Domains) and let pulumi up create it",
    }.ToImmutableSortedDictionary(StringComparer.Ordinal);

    private static Regex Pattern(string pattern) => new(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}
