namespace Infra.Components;

/// <summary>
/// Every environment variable the app receives from Infra. Whether a variable is sensitive is
/// decided here, once, not by each caller: a secret cannot be declared in clear by accident.
/// </summary>
public static class EnvCatalog
{
    public static EnvVariableSpec DatabaseUrl { get; } = new("DATABASE_URL", true, "Neon pooled connection URI (the app's queries)");

    public static EnvVariableSpec DirectUrl { get; } = new("DIRECT_URL", true, "Neon direct connection URI (migrations)");

    public static EnvVariableSpec AppUrl { get; } = new("NEXT_PUBLIC_APP_URL", false, "the stack's public URL, from its domain");

    public static EnvVariableSpec NextAuthUrl { get; } = new("NEXTAUTH_URL", false, "the stack's public URL, for NextAuth callbacks");

    public static EnvVariableSpec LogLevel { get; } = new("LOG_LEVEL", false, "server log level");

    public static IReadOnlyList<EnvVariableSpec> All { get; } = [DatabaseUrl, DirectUrl, AppUrl, NextAuthUrl, LogLevel];
}
