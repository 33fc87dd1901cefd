using Infra.Expressions;
using Infra.Graph;
using Infra.Model;
using Infra.Providers.Aws;
using Infra.Providers.BetterUptime;

namespace Infra.Components;

/// <summary>
/// Offsite logical backups: a locked-down, versioned, encrypted S3 bucket with lifecycle rules, a
/// role that only the repository's backup job can assume (GitHub OIDC, no long-lived keys)
/// allowed only to put dumps and report the heartbeat, and the heartbeat that alarms when no
/// backup arrived in time.
/// </summary>
public sealed class Backups
{
    public const string GitHubOidcUrl = "https://token.actions.githubusercontent.com";

    private Backups(S3Bucket bucket, IamRole role)
    {
        Bucket = bucket;
        Role = role;
    }

    public S3Bucket Bucket { get; }

    public IamRole Role { get; }

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
            new S3LifecycleRule("expire-old-versions", "") { NoncurrentExpireAfterDays = args.NoncurrentDays, AbortMultipartAfterDays = args.AbortMultipartDays },
        ])
        {
            Region = args.Region,
        });
        builder.Add(new S3BucketPolicy(path.Name("policy"), name, new Input<string>(PolicyDocuments.DenyInsecureTransport(bucket.Arn))) { Region = args.Region });

        var oidcName = path.Name("github-oidc");
        Ref providerArn;
        if (args.CreateOidcProvider)
        {
            providerArn = builder.Add(new IamOidcProvider(oidcName, GitHubOidcUrl, ["sts.amazonaws.com"])).Arn.Ref;
        }
        else
        {
            providerArn = builder.AddVariable(oidcName, AwsFunctions.OpenIdConnectProviderArn(GitHubOidcUrl)).Ref;
        }

        var role = builder.Add(new IamRole(path.Name("role"), new Input<string>(PolicyDocuments.GitHubTrust(providerArn, args.Subject)))
        {
            RoleName = args.RoleName,
            Description = $"{args.Repository} backup job: put pg_dump files into {args.BucketName}",
            MaxSessionDuration = 3600,
        });
        builder.Add(new IamRolePolicy(path.Name("role-policy"), role.Id, new Input<string>(
            PolicyDocuments.BackupWriter(bucket.Arn, reportsToCloudWatch ? args.MetricNamespace : null)))
        {
            PolicyName = "put-backups",
        });
        return new Backups(bucket, role);
    }

    /// <summary>The CloudWatch heartbeat: alarms when the job reported no success for the configured hours (missing data breaches).</summary>
    public static CloudWatchMetricAlarm DeclareAwsHeartbeat(ProgramBuilder builder, ComponentPath path, BackupsArgs args, AwsAlarmTopics topics) =>
        builder.Add(new CloudWatchMetricAlarm(path.Name("heartbeat"))
        {
            AlarmDescription = $"No successful database backup of {args.Stack} reported for {args.HeartbeatHours} hours",
            Region = topics.Region,
            Namespace = args.MetricNamespace,
            MetricName = args.MetricName,
            Dimensions = new Dictionary<string, Input<string>> { ["Stack"] = args.Stack },
            Statistic = "Sum",
            PeriodSeconds = 3600,
            EvaluationPeriods = args.HeartbeatHours,
            DatapointsToAlarm = args.HeartbeatHours,
            Threshold = 1,
            ComparisonOperator = "LessThanThreshold",
            TreatMissingData = "breaching",
            AlarmActions = [topics.Alarms.Arn],
            OkActions = [topics.Alarms.Arn],
        });

    /// <summary>The Better Stack heartbeat: expected daily, with the rest of the configured hours as grace.</summary>
    public static BetterUptimeHeartbeat DeclareBetterStackHeartbeat(ProgramBuilder builder, ComponentPath path, BackupsArgs args, BetterUptimePolicy policy, AlertRouting routing) =>
        builder.Add(new BetterUptimeHeartbeat(path.Name("heartbeat"), 86_400, Math.Max(0, args.HeartbeatHours - 24) * 3600L)
        {
            HeartbeatName = $"{args.BucketName} daily backup",
            PolicyId = policy.Id,
            Email = routing.EmailsPeople(AlertClass.BackupMissing),
        });
}
