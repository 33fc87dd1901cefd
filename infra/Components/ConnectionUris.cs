using System.Globalization;

namespace Infra.Components;

/// <summary>What every connection URI of a stack carries beyond the provider's own.</summary>
public static class ConnectionUris
{
    /// <summary>
    /// Seconds a client waits for the connection: a compute that scaled to zero takes a few
    /// seconds to start, longer than Prisma's default of 5 s for a cold branch (Neon's advice for
    /// its Vercel integration is 10 or more).
    /// </summary>
    public const int ConnectTimeoutSeconds = 15;

    /// <summary>The query parameters of a URI: TLS required and the connect timeout.</summary>
    public static string Query { get; } = string.Create(CultureInfo.InvariantCulture, $"?sslmode=require&connect_timeout={ConnectTimeoutSeconds}");

    /// <summary>
    /// What is appended to a Neon project's URI, which always ends in <c>?sslmode=require</c>
    /// (kislerdm/neon 0.15.0 provider/resource_project.go L525-539).
    /// </summary>
    public static string ProjectUriSuffix { get; } = string.Create(CultureInfo.InvariantCulture, $"&connect_timeout={ConnectTimeoutSeconds}");
}
