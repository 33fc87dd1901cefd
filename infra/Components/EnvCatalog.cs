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

    public static EnvVariableSpec NextAuthSecret { get; } = new("NEXTAUTH_SECRET", true, "generated; rotate with the secrets.rotation setting");

    public static EnvVariableSpec SessionSecret { get; } = new("SESSION_SECRET", true, "generated; rotate with the secrets.rotation setting");

    public static EnvVariableSpec CsrfSecret { get; } = new("CSRF_SECRET", true, "generated; rotate with the secrets.rotation setting");

    public static EnvVariableSpec R2AccountId { get; } = new("R2_ACCOUNT_ID", false, "Cloudflare account of the R2 buckets");

    public static EnvVariableSpec R2AccessKeyId { get; } = new("R2_ACCESS_KEY_ID", true, "R2 S3 access key id (the scoped token's id)");

    public static EnvVariableSpec R2SecretAccessKey { get; } = new("R2_SECRET_ACCESS_KEY", true, "R2 S3 secret access key (SHA-256 of the scoped token)");

    public static EnvVariableSpec R2PublicBucket { get; } = new("R2_PUBLIC_BUCKET", false, "public assets bucket");

    public static EnvVariableSpec R2PrivateBucket { get; } = new("R2_PRIVATE_BUCKET", false, "private uploads bucket");

    public static EnvVariableSpec R2PublicUrl { get; } = new("R2_PUBLIC_URL", false, "CDN URL of the public bucket");

    public static EnvVariableSpec SentryDsn { get; } = new("NEXT_PUBLIC_SENTRY_DSN", false, "Sentry client key DSN (public by design)");

    public static EnvVariableSpec SentryOrg { get; } = new("SENTRY_ORG", false, "Sentry organization (source map upload)");

    public static EnvVariableSpec SentryProject { get; } = new("SENTRY_PROJECT", false, "Sentry project (source map upload)");

    public static EnvVariableSpec SentryEnvironment { get; } = new("NEXT_PUBLIC_SENTRY_ENVIRONMENT", false, "Sentry environment the app reports (sentry.environment); no alert rule filters on it");

    public static EnvVariableSpec SentryAuthToken { get; } = new("SENTRY_AUTH_TOKEN", true, "Sentry source-map upload token, read by the build (withSentryConfig)");

    public static EnvVariableSpec R2KeyPrefix { get; } = new("R2_KEY_PREFIX", false, "prefix of this preview's objects in the staging buckets");

    /// <summary>Every variable Infra manages itself; pass-through keys may not take these names.</summary>
    public static IReadOnlyList<EnvVariableSpec> All { get; } =
    [
        DatabaseUrl, DirectUrl, AppUrl, NextAuthUrl, LogLevel, NextAuthSecret, SessionSecret, CsrfSecret,
        R2AccountId, R2AccessKeyId, R2SecretAccessKey, R2PublicBucket, R2PrivateBucket, R2PublicUrl,
        SentryDsn, SentryOrg, SentryProject, SentryEnvironment, SentryAuthToken, R2KeyPrefix,
    ];

    /// <summary>A third-party key passed through from secret stack config: always sensitive.</summary>
    public static EnvVariableSpec PassThrough(string key) => new(key, true, "passed through from secret stack config");
}
