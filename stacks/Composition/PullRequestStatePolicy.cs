using Infra.Expressions;

namespace Infra.Stacks.Composition;

/// <summary>
/// What the read-only role needs so that pull-request stacks (<c>pr-*</c>) can keep their state in an
/// S3 bucket on AWS: write and delete only their own objects of Pulumi's self-managed ("diy") backend
/// layout, read in pulumi/pulumi <c>pkg/backend/diy/store.go</c> (<c>.pulumi/stacks/&lt;project&gt;/&lt;stack&gt;.json</c>,
/// <c>.pulumi/history/&lt;project&gt;/&lt;stack&gt;/</c>, <c>.pulumi/backups/&lt;project&gt;/&lt;stack&gt;/</c>) and
/// <c>lock.go</c> (<c>.pulumi/locks/&lt;organization&gt;/&lt;project&gt;/&lt;stack&gt;/</c>). No other stack's state,
/// nothing else in the account. A bucket elsewhere (an <c>endpoint=</c>, R2) has credentials of its own.
/// </summary>
public static class PullRequestStatePolicy
{
    public static ObjectExpr? Statement(string? stateBackendUrl, string project)
    {
        if (stateBackendUrl is null || !stateBackendUrl.StartsWith("s3://", StringComparison.Ordinal) || stateBackendUrl.Contains("endpoint=", StringComparison.Ordinal))
        {
            return null;
        }

        var location = stateBackendUrl["s3://".Length..].Split('?')[0].TrimEnd('/');
        var slash = location.IndexOf('/', StringComparison.Ordinal);
        var bucket = slash < 0 ? location : location[..slash];
        var prefix = slash < 0 ? "" : location[(slash + 1)..] + "/";
        var root = $"arn:aws:s3:::{bucket}/{prefix}.pulumi";
        return ObjectExpr.From(
            ("Sid", "PullRequestStacksState"),
            ("Effect", "Allow"),
            ("Action", ListExpr.Of("s3:PutObject", "s3:DeleteObject")),
            ("Resource", ListExpr.Of(
                $"{root}/stacks/{project}/pr-*",
                $"{root}/history/{project}/pr-*",
                $"{root}/backups/{project}/pr-*",
                $"{root}/locks/*/{project}/pr-*")));
    }
}
