using Infra.Graph;
using Infra.Model;
using Infra.Providers.Cloudflare;

namespace Infra.Components;

/// <summary>
/// DNS for a stack: the app's hostname as a CNAME to Vercel, not proxied (Vercel terminates
/// HTTPS and issues the certificate). The CDN hostname's record is managed by Cloudflare itself
/// as part of the R2 custom domain, so it is not declared twice.
/// </summary>
public static class AppDns
{
    /// <summary>Cloudflare's "automatic" TTL.</summary>
    public const double AutomaticTtl = 1;

    public static DnsRecord Declare(ProgramBuilder builder, ComponentPath path, DnsArgs args) =>
        builder.Add(new DnsRecord(path.Name("app"), args.ZoneId, args.Domain, "CNAME", AutomaticTtl)
        {
            Content = args.VercelTarget,
            Proxied = false,
            Comment = "app on Vercel (managed by Infra)",
            Options = args.Protect ? ResourceOptions.Protected : ResourceOptions.None,
        });
}
