using Infra.Expressions;
using Infra.Graph;
using Infra.Model;
using Infra.Providers.Aws;

namespace Infra.Components;

/// <summary>
/// Offsite logical backups: a locked-down, versioned, encrypted S3 bucket with lifecycle rules; a
/// role only the backup workflow can assume (GitHub OIDC, no long-lived keys), allowed only to put
/// dumps and report; and a role only the restore-check workflow can assume, allowed only to read
/// <c>daily/</c> and report. The alarms (or Better Stack heartbeats) are in <see cref="BackupAlarms"/>.
/// </summary>
public sealed class Backups
{
    public const string GitHubOidcUrl = "https://token.actions.githubusercontent.com";

    private Backups(S3Bucket bucket, IamRole role, IamRole restoreRole)
    {
        Bucket = bucket;
        Role = role;
        RestoreRole = restoreRole;
    }

    public S3Bucket Bucket { get; }

    /// <summary>The backup workflow's role.</summary>
    public IamRole Role { get; }

    /// <summary>The restore-check workflow's role.</summary>
    public IamRole RestoreRole { get; }

    public static Backups Declare(ProgramBuilder builder, ComponentPath path, BackupsArgs args, bool reportsToCloudWatch)
    {
        var bucket = builder.Add(new S3Bucket(path.Name("bucket"), args.BucketName)
        {
            Region = args.Region,
            Tags = new Dictionary<string, Input<string>> { ["purpose"] = "database-backups", ["stack"] = args.Stack },
            Options = args.Protect ? ResourceOptions.Protected : ResourceOptions.None,
        });
        var name = bucket.BucketOutput;
        builder.Add(new S3BucketVersioning(path.Name("versioning"), name, "Enabled") { Region = args.Region });
        builder.Add(new S3BucketEncryption(path.Name("encryption"), name, "AES256") { Region = args.Region });
        builder.Add(new S3BucketPublicAccessBlock(path.Name("public-access-block"), name) { Region = args.Region });
        builder.Add(new S3BucketOwnershipControls(path.Name("ownership"), name, "BucketOwnerEnforced") { Region = args.Region });
        builder.Add(new S3BucketLifecycle(path.Name("lifecycle"), name, [
            new S3LifecycleRule("expire-daily", "daily/") { ExpireAfterDays = args.DailyDays },
            new S3LifecycleRule("expire-weekly", "weekly/") { ExpireAfterDays = args.WeeklyDays },
            new S3LifecycleRule("expire-old-versions", "")
            {
                NoncurrentExpireAfterDays = args.NoncurrentDays,
                AbortMultipartAfterDays = args.AbortMultipartDays,
                ExpiredObjectDeleteMarker = true,
            },
        ])
        {
            Region = args.Region,
        });
        builder.Add(new S3BucketPolicy(path.Name("policy"), name, new Input<string>(PolicyDocuments.DenyInsecureTransport(bucket.Arn))) { Region = args.Region });

        var providerArn = OidcProvider(builder, path, args);
        var metrics = reportsToCloudWatch ? args.MetricNamespace : null;
        var role = WorkflowRole(builder, path.Name("role"), providerArn, args, BackupsArgs.BackupWorkflow, args.RoleName,
            $"{args.Repository} backup workflow: put pg_dump files into {args.BucketName}", "put-backups", PolicyDocuments.BackupWriter(bucket.Arn, metrics));
        var restoreRole = WorkflowRole(builder, path.Name("restore-role"), providerArn, args, BackupsArgs.RestoreWorkflow, args.RestoreRoleName,
            $"{args.Repository} restore check: read the daily dumps of {args.BucketName}", "read-daily-backups", PolicyDocuments.BackupReader(bucket.Arn, metrics));
        return new Backups(bucket, role, restoreRole);
    }

    /// <summary>
    /// The account's GitHub OIDC provider, or a lookup of it. Every GitHub role of the account depends
    /// on it, other stacks' included: the stack that creates it protects it, and keeps it in the account
    /// when it leaves the program or the stack is destroyed.
    /// </summary>
    private static Ref OidcProvider(ProgramBuilder builder, ComponentPath path, BackupsArgs args) => args.CreateOidcProvider
        ? builder.Add(new IamOidcProvider(path.Name("github-oidc"), GitHubOidcUrl, ["sts.amazonaws.com"]) { Options = ResourceOptions.Protected }).Arn.Ref
        : builder.AddVariable(path.Name("github-oidc"), AwsFunctions.OpenIdConnectProviderArn(GitHubOidcUrl)).Ref;

    private static IamRole WorkflowRole(
        ProgramBuilder builder, string name, Ref providerArn, BackupsArgs args, string workflow, string roleName, string description, string policyName, ToJsonExpr policy)
    {
        var role = builder.Add(new IamRole(name, new Input<string>(PolicyDocuments.GitHubTrust(providerArn, args.Subject, args.WorkflowRef(workflow))))
        {
            RoleName = roleName,
            Description = description,
            MaxSessionDuration = 3600,
        });
        builder.Add(new IamRolePolicy(name + "-policy", role.Id, new Input<string>(policy)) { PolicyName = policyName });
        return role;
    }
}
