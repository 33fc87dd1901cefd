using Infra.Expressions;

namespace Infra.Components;

/// <summary>The app's DNS record in its Cloudflare zone.</summary>
/// <param name="ZoneId">The Cloudflare zone of the domain.</param>
/// <param name="Domain">The app's hostname.</param>
/// <param name="VercelTarget">Where the hostname points: the CNAME target Vercel recommends for the domain, or a fixed one.</param>
/// <param name="Protect">Protect the record (a change of its type or zone replaces it: an outage).</param>
public sealed record DnsArgs(string ZoneId, string Domain, Input<string> VercelTarget, bool Protect);
