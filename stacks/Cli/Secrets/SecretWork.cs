using Infra.Stacks.Settings;

namespace Infra.Stacks.Cli.Secrets;

/// <summary>
/// What <c>infra secrets</c> has to do: the secrets without a real value, and the bootstrap stack's
/// settings (as they will be once its secrets are set), which say how its stacks are created.
/// </summary>
public sealed record SecretWork(IReadOnlyList<PendingSecret> Pending, BootstrapSettings? Bootstrap);
