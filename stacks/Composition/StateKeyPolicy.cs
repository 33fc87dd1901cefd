using Infra.Expressions;

namespace Infra.Stacks.Composition;

/// <summary>
/// The read-only role's use of the KMS key of an <c>awskms://</c> secrets provider: <c>kms:Decrypt</c>,
/// without which a preview or drift check cannot read the stack's secrets (AWS's <c>ReadOnlyAccess</c>
/// has none), and <c>kms:Encrypt</c>, with which a pull-request stack's creation encrypts its new data
/// key (pulumi/pulumi <c>pkg/secrets/cloud/manager.go</c>, generateNewDataKey); encrypting reveals nothing. The URL names the key as gocloud.dev's
/// awskms opener takes it (pulumi's secrets provider URL): <c>awskms://alias/name</c>, <c>awskms://key-id</c>
/// or <c>awskms:///arn:aws:kms:...</c>, with an optional <c>?region=</c>.
/// </summary>
public static class StateKeyPolicy
{
    /// <summary>The policy statement for a secrets provider URL; null for any other provider.</summary>
    public static ObjectExpr? Decrypt(string? secretsProvider)
    {
        if (secretsProvider is null || !secretsProvider.StartsWith("awskms://", StringComparison.Ordinal))
        {
            return null;
        }

        var key = secretsProvider["awskms://".Length..].Split('?')[0].TrimStart('/');
        var statement = ObjectExpr.From(("Sid", "StateSecrets"), ("Effect", "Allow"), ("Action", ListExpr.Of("kms:Decrypt", "kms:Encrypt")));
        if (key.StartsWith("alias/", StringComparison.Ordinal))
        {
            // An alias is not a resource of Decrypt: the key it names is, matched by its aliases.
            return ObjectExpr.From([.. statement.Properties.Select(p => (p.Key, p.Value)),
                ("Resource", new StringLit("arn:aws:kms:*:*:key/*")),
                ("Condition", ObjectExpr.From(("ForAnyValue:StringEquals", ObjectExpr.From(("kms:ResourceAliases", key)))))]);
        }

        var arn = key.StartsWith("arn:", StringComparison.Ordinal) ? key : "arn:aws:kms:*:*:key/" + key;
        return ObjectExpr.From([.. statement.Properties.Select(p => (p.Key, p.Value)), ("Resource", new StringLit(arn))]);
    }
}
