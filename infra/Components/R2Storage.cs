using Infra.Expressions;
using Infra.Graph;
using Infra.Model;
using Infra.Providers.Cloudflare;
using Infra.Providers.Std;

namespace Infra.Components;

/// <summary>
/// A stack's object storage on Cloudflare R2: a public bucket (assets, served at the CDN
/// hostname) and a private one (uploads), both with CORS and lifecycle rules and their r2.dev URL
/// pinned off, and an account token scoped to exactly these two buckets, turned into the S3 key
/// pair the app uses. With protection, the CDN domain and the token are protected like the buckets:
/// a change of the domain or zone replaces the domain (an outage), and a new token changes the keys.
/// </summary>
public sealed class R2Storage
{
    /// <summary>R2's API token permission groups for object reads and writes.</summary>
    public const string ObjectWritePermission = "Workers R2 Storage Bucket Item Write";

    public const string ObjectReadPermission = "Workers R2 Storage Bucket Item Read";

    private const long Day = 86_400;

    /// <summary>The resource scope of R2 bucket permission groups.</summary>
    public const string BucketScope = "com.cloudflare.edge.r2.bucket";

    /// <summary>The key prefix of every pull request's objects (<c>pr-&lt;n&gt;/</c>).</summary>
    public const string PullRequestPrefix = "pr-";

    private R2Storage(R2Bucket publicBucket, R2Bucket privateBucket, AccountToken token, Variable secretAccessKey, string accountId, string publicUrl)
    {
        PublicBucket = publicBucket;
        PrivateBucket = privateBucket;
        Token = token;
        SecretAccessKey = secretAccessKey;
        AccountId = accountId;
        PublicUrl = publicUrl;
    }

    public R2Bucket PublicBucket { get; }

    public R2Bucket PrivateBucket { get; }

    public AccountToken Token { get; }

    /// <summary>The S3 access key id: the token's id.</summary>
    public Output<string> AccessKeyId => Token.Id;

    /// <summary>The S3 secret access key: the SHA-256 hex of the token's value, kept secret.</summary>
    public Variable SecretAccessKey { get; }

    public string AccountId { get; }

    public string PublicUrl { get; }

    public static R2Storage Declare(ProgramBuilder builder, ComponentPath path, R2StorageArgs args)
    {
        var options = args.Protect ? ResourceOptions.Protected : ResourceOptions.None;
        var publicBucket = Bucket(builder, path, "assets", args.PublicBucketName, args, options);
        var privateBucket = Bucket(builder, path, "uploads", args.PrivateBucketName, args, options);

        builder.Add(new R2CustomDomain(path.Name("cdn-domain"), args.AccountId, publicBucket.NameOutput, args.CdnDomain, args.ZoneId) { MinTls = "1.2", Options = options });

        var write = builder.AddVariable(path.Name("permission-write"), CloudflareFunctions.AccountPermissionGroups(args.AccountId, ObjectWritePermission, BucketScope));
        var read = builder.AddVariable(path.Name("permission-read"), CloudflareFunctions.AccountPermissionGroups(args.AccountId, ObjectReadPermission, BucketScope));
        var scope = new ToJsonExpr(ObjectExpr.From(
            (BucketResourceKey(args.AccountId, args.PublicBucketName), "*"),
            (BucketResourceKey(args.AccountId, args.PrivateBucketName), "*")));
        var token = builder.Add(new AccountToken(path.Name("token"), args.AccountId, args.NamePrefix + "-r2-app", [
            new AccountTokenPolicy("allow", [FirstId(write), FirstId(read)], new Input<string>(scope)),
        ])
        {
            Options = options with { DependsOn = [publicBucket.Self, privateBucket.Self] },
        });
        var secret = builder.AddVariable(path.Name("secret-access-key"), new SecretExpr(StdFunctions.Sha256(token.Value)));
        return new R2Storage(publicBucket, privateBucket, token, secret, args.AccountId, "https://" + args.CdnDomain);
    }

    /// <summary>The token policy key of one bucket: <c>com.cloudflare.edge.r2.bucket.&lt;account&gt;_default_&lt;bucket&gt;</c>.</summary>
    public static string BucketResourceKey(string accountId, string bucket) => $"com.cloudflare.edge.r2.bucket.{accountId}_default_{bucket}";

    /// <summary>The id of the first permission group a lookup returned: <c>${var[0].id}</c>.</summary>
    private static Input<string> FirstId(Variable lookup) => new(new Ref(lookup.Name, "[0].id"));

    private static R2Bucket Bucket(ProgramBuilder builder, ComponentPath path, string role, string name, R2StorageArgs args, ResourceOptions options)
    {
        var bucket = builder.Add(new R2Bucket(path.Name(role), args.AccountId, name) { Location = args.LocationHint, Options = options });
        builder.Add(new R2BucketCors(path.Name(role + "-cors"), args.AccountId, bucket.NameOutput, [
            new R2BucketCorsRule(["GET", "PUT", "POST", "HEAD"], [.. args.CorsOrigins.Select(o => (Input<string>)o)])
            {
                Headers = ["*"],
                ExposeHeaders = ["ETag"],
                MaxAgeSeconds = 3600,
            },
        ]));
        List<R2LifecycleRule> rules =
        [
            new R2LifecycleRule("abort-incomplete-multipart-uploads", "") { AbortMultipartAfterSeconds = Day },
            new R2LifecycleRule("expire-tmp", "tmp/") { DeleteAfterSeconds = 7 * Day },
        ];
        if (args.PreviewObjectDays is { } days)
        {
            // Prefixes are literal, so pr-42/tmp/ is not under tmp/: pull requests' objects get their own rule.
            rules.Add(new R2LifecycleRule("expire-pull-request-objects", PullRequestPrefix) { DeleteAfterSeconds = days * Day });
        }

        builder.Add(new R2BucketLifecycle(path.Name(role + "-lifecycle"), args.AccountId, bucket.NameOutput, rules));
        builder.Add(new R2ManagedDomain(path.Name(role + "-r2-dev"), args.AccountId, bucket.NameOutput, false));
        return bucket;
    }
}
