using Infra.Graph;
using Infra.Model;
using Infra.Providers.Aws;
using Infra.Providers.Cloudflare;
using NeonProject = Infra.Providers.Neon.Project;

namespace Infra.Policies;

/// <summary>In production, every store of data is protected and retained on delete.</summary>
public sealed class ProductionDataIsProtected : IPolicy
{
    public string Id => "POL001";

    public string Description => "production data stores (Neon project, R2 buckets, backup bucket) are protected and retained on delete";

    public IEnumerable<Diagnostic> Check(ProgramGraph program, PolicyContext context) =>
        !context.Production
            ? []
            : program.Resources
                .Where(r => r is NeonProject or R2Bucket or S3Bucket)
                .Where(r => !(r.Options.Protect && r.Options.RetainOnDelete))
                .Select(r => Diagnostic.Error(Id, r.Name, $"{r.Type} holds production data but is not protected and retained; set protect: true"));
}
