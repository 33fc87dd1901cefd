using System.Collections.Immutable;

namespace Infra.Stacks.Settings;

/// <summary>The stack outputs a variable may be wired from (<c>env.outputs</c>), each with whether it is secret.</summary>
public static class EnvOutputs
{
    public static ImmutableSortedDictionary<string, bool> All { get; } = new Dictionary<string, bool>
    {
        ["appUrl"] = false,
        ["vercelProjectId"] = false,
        ["vercelProjectName"] = false,
        ["neonProjectId"] = false,
        ["neonMainBranchId"] = false,
        ["neonDatabaseName"] = false,
        ["neonRoleName"] = false,
        ["r2PublicBucket"] = false,
        ["r2PrivateBucket"] = false,
        ["r2Endpoint"] = false,
        ["cdnUrl"] = false,
        ["sentryProject"] = false,
        ["backupBucket"] = false,
        ["backupDatabaseUrl"] = true,
    }.ToImmutableSortedDictionary(StringComparer.Ordinal);
}
