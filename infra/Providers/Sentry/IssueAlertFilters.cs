using Infra.Expressions;

namespace Infra.Providers.Sentry;

/// <summary>The event's level compared with <paramref name="Level"/>.</summary>
public sealed record LevelFilter(SentryLevel Level, LevelMatch Match) : IssueAlertFilter
{
    protected override string Kind => "level";

    protected override IEnumerable<(string Key, Expr Value)> Fields() =>
    [
        ("level", Level.ToString().ToLowerInvariant()),
        ("match", Match switch
        {
            LevelMatch.Equal => "EQUAL",
            LevelMatch.AtLeast => "GREATER_OR_EQUAL",
            LevelMatch.AtMost => "LESS_OR_EQUAL",
            _ => throw new ArgumentOutOfRangeException(nameof(Match), Match, "no provider name for this level match"),
        }),
    ];
}

/// <summary>The event carries tag <paramref name="Key"/> equal to <paramref name="Value"/>.</summary>
public sealed record TaggedEventFilter(string Key, string Value) : IssueAlertFilter
{
    protected override string Kind => "taggedEvent";

    protected override IEnumerable<(string Key, Expr Value)> Fields() => [("key", Key), ("match", "EQUAL"), ("value", Value)];
}
