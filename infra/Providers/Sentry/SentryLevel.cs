namespace Infra.Providers.Sentry;

/// <summary>Sentry's event levels; the level filter takes their names (<c>fatal</c>), which the provider maps to Sentry's numbers.</summary>
public enum SentryLevel
{
    Debug,
    Info,
    Warning,
    Error,
    Fatal,
}
