using Infra.Stacks.Settings;

namespace Infra.Stacks.Cli.Secrets;

/// <summary>A secret of a stack that has no real value yet: absent, in clear text, or <c>infra init</c>'s placeholder.</summary>
public sealed record PendingSecret(string Stack, RequiredSecret Secret, string State);
