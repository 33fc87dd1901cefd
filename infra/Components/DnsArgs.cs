namespace Infra.Components;

/// <summary>The app's DNS record in its Cloudflare zone.</summary>
/// <param name="ZoneId">The Cloudflare zone of the domain.</param>
/// <param name="Domain">The app's hostname.</param>
/// <param name="VercelTarget">Where the hostname points: Vercel's CNAME target.</param>
public sealed record DnsArgs(string ZoneId, string Domain, string VercelTarget);
