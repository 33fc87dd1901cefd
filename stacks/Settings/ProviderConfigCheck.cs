using System.Text;
using Infra.Graph;

namespace Infra.Stacks.Settings;

/// <summary>
/// A pull-request stack reads its settings from its base stack's file, but the engine gives each
/// package's default provider only the config of the stack being deployed
/// (pkg/resource/deploy/target.go <c>GetPackageConfig</c>). So a <c>pr-&lt;n&gt;</c> stack must carry
/// every provider key of its base stack (<c>vercel:team</c>, <c>aws:region</c>, credentials), with
/// the same value; otherwise its Vercel variables would land in another scope. The pr-stack
/// workflow copies them with <c>pulumi config cp</c>; this check refuses a stack that lacks them.
/// Values are shown only for the base stack's plain keys, never for secrets or the stack's own values.
/// </summary>
public static class ProviderConfigCheck
{
    public static IReadOnlyList<Diagnostic> Run(string stack, string baseStack, RawConfig baseConfig, RawConfig own)
    {
        var errors = new List<Diagnostic>();
        foreach (var (key, value) in baseConfig.ProviderConfig)
        {
            var copy = $"pulumi config cp {key} --stack {baseStack} --dest {stack}";
            if (!own.ProviderConfig.TryGetValue(key, out var mine))
            {
                errors.Add(Diagnostic.Error(SettingsCodes.ProviderConfig, key,
                    $"not set on stack {stack}, but {baseConfig.Source} sets it: a pull-request stack needs its base stack's provider config; run: {copy}"));
            }
            else if (!IsSecret(value) && Canonical(value) != Canonical(mine))
            {
                errors.Add(Diagnostic.Error(SettingsCodes.ProviderConfig, key,
                    $"differs on stack {stack} from {baseConfig.Source} ({Canonical(value)}): a pull-request stack uses its base stack's provider config; run: {copy}"));
            }
        }

        return errors;
    }

    private static bool IsSecret(ConfigNode node) => node switch
    {
        ConfigScalar s => s.Secure,
        ConfigMap m => m.Entries.Values.Any(IsSecret),
        ConfigList l => l.Items.Any(IsSecret),
        _ => false,
    };

    /// <summary>One text per value, equal for a stack file's YAML and <c>PULUMI_CONFIG</c>'s JSON text of the same value.</summary>
    private static string Canonical(ConfigNode node)
    {
        var text = new StringBuilder();
        Write(node, text);
        return text.ToString();
    }

    private static void Write(ConfigNode node, StringBuilder text)
    {
        switch (node)
        {
            case ConfigScalar s:
                text.Append(s.Text);
                break;
            case ConfigMap m:
                text.Append('{');
                text.AppendJoin(",", m.Entries.Select(e => e.Key + ":" + Canonical(e.Value)));
                text.Append('}');
                break;
            case ConfigList l:
                text.Append('[');
                text.AppendJoin(",", l.Items.Select(Canonical));
                text.Append(']');
                break;
        }
    }
}
