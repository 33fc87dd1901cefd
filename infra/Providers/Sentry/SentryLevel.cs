namespace Infra.Providers.Sentry;

/// <summary>Sentry's event levels, with the numbers its level filter compares.</summary>
public enum SentryLevel
{
    Debug = 10,
    Info = 20,
    Warning = 30,
    Error = 40,
    Fatal = 50,
}

/// <summary>How a level filter compares.</summary>
public enum LevelMatch
{
    Equal,
    AtLeast,
    AtMost,
}
