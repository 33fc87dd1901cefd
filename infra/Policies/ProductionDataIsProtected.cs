using Infra.Graph;
using Infra.Model;
using Infra.Providers.Aws;
using Infra.Providers.Cloudflare;
using Infra.Providers.Sentry;
using NeonProject = Infra.Providers.Neon.Project;

namespace Infra.Policies;

/// <summary>
/// In production, every store of data is protected and retained on delete: the database, the
/// buckets, and the Sentry team, project (the error history) and key (its DSN is baked into
/// deployed bundles); and so is the public surface whose replacement is an outage: the CDN domain,
/// the app's DNS record and the R2 token (a new one changes the app's storage keys).
/// </summary>
public sealed class ProductionDataIsProtected : IPolicy
{
    public string Id => "POL001";

    public string Description => "production data stores (Neon project, R2 buckets, backup bucket, Sentry team, project and key) and public surface (CDN domain, app DNS record, R2 token) are protected and retained on delete";

    public IEnumerable<Diagnostic> Check(ProgramGraph program, PolicyContext context) =>
        !context.Production
            ? []
            : program.Resources
                .Where(r => r is NeonProject or R2Bucket or S3Bucket or SentryTeam or SentryProject or SentryKey or R2CustomDomain or DnsRecord or AccountToken)
                .Where(r => !(r.Options.Protect && r.Options.RetainOnDelete))
                .Select(r => Diagnostic.Error(Id, r.Name, $"{r.Type} holds production data but is not protected and retained; set protect: true"));
}
