namespace Infra.Providers.Sentry;

/// <summary>How a level filter compares.</summary>
public enum LevelMatch
{
    Equal,
    AtLeast,
    AtMost,
}
