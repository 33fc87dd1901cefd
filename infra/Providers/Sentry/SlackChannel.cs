namespace Infra.Providers.Sentry;

/// <summary>
/// A Slack channel as Sentry's actions name it: <c>#name</c> and its id (<c>C0123ABCD</c>; Sentry
/// checks that they match). The id may be unknown for a channel no rule of the stack uses.
/// </summary>
public sealed record SlackChannel(string Name, string? Id);
