using System.Collections.Immutable;
using Infra.Components;
using Infra.Expressions;
using Infra.Graph;
using Infra.Model;
using Infra.Policies;
using Infra.Providers;
using Infra.Providers.Vercel;
using Infra.Stacks.Settings;

namespace Infra.Stacks.Composition;

/// <summary>
/// The platform of one stack, composed from its settings: which components, wired how. Every
/// package is pinned here unconditionally, so the compiler's pass without config names the
/// same plugins as a real run.
/// </summary>
public static class StackComposer
{
    /// <summary>Route 53 metrics exist only in us-east-1, so every alarm and its topics live there.</summary>
    public const string AlarmRegion = Uptime.Route53MetricRegion;

    public static BuildResult Compose(StackSettings s)
    {
        var builder = NewBuilder(s.Project);

        var database = new NeonDatabaseArgs(
            s.Neon.ProjectName, s.Neon.Region, s.Neon.PgVersion, s.Neon.HistoryRetentionHours * 3600L, s.Neon.MinCu, s.Neon.MaxCu, s.Neon.SuspendTimeoutSeconds, s.Protect)
        {
            OrgId = s.Neon.OrgId,
            ComputeId = s.Neon.ComputeId,
            ProjectId = s.Neon.ProjectId,
            DatabaseName = s.Neon.DatabaseName,
            RoleName = s.Neon.RoleName,
        };
        var neon = s.ExternalDatabase ? null : NeonDatabase.Declare(builder, new ComponentPath("neon"), database);

        // An external database's URLs are secrets the stack carries; they are never written into the program.
        var pooledUri = neon?.PooledUri ?? builder.AddConfig(new ConfigDeclaration(StackSettingsParser.ExternalDatabaseUrlKey, "string", Secret: true));
        var directUri = neon?.DirectUri ?? builder.AddConfig(new ConfigDeclaration(StackSettingsParser.ExternalDirectUrlKey, "string", Secret: true));

        var vercel = VercelApp.Declare(builder, new ComponentPath("vercel"), new VercelAppArgs(
            s.Vercel.ProjectName, s.GitHub.Repository, s.Vercel.ProductionBranch, s.Vercel.NodeVersion, s.Vercel.Regions, s.Vercel.PreviewProtection, s.Domain, s.Protect,
            new VercelBuilds(s.Vercel.Previews, s.Vercel.SkipBranches))
        {
            MaxDurationSeconds = s.Vercel.MaxDurationSeconds,
            SkewProtection = s.Vercel.SkewProtection,
            KeepProductionDeployments = s.Vercel.KeepProductionDeployments,
            KeepPreviewDeployments = s.Vercel.KeepPreviewDeployments,
        });

        var storage = !s.Cloudflare.R2Enabled ? null : R2Storage.Declare(builder, new ComponentPath("r2"), new R2StorageArgs(
            s.Cloudflare.AccountId, s.Cloudflare.ZoneId, s.ResourceName, s.Cloudflare.LocationHint, s.Cloudflare.CorsOrigins, s.CdnDomain, s.Protect)
        {
            PreviewObjectDays = s.Cloudflare.PreviewObjectDays,
            PublicBucketName = s.Cloudflare.PublicBucketName,
            PrivateBucketName = s.Cloudflare.PrivateBucketName,
        });
        // The CNAME target, looked up only where a CNAME is written: an apex on another DNS host gets A records.
        Input<string>? dnsTarget = s.Cloudflare.ExternalDns && IsApex(s.Domain) ? (Input<string>?)null
            : s.Cloudflare.VercelTarget is { } fixedTarget
            ? new Input<string>(fixedTarget)
            : new Input<string>(builder.AddVariable(new ComponentPath("dns").Name("vercel-target"), VercelFunctions.RecommendedCname(s.Domain, new Input<string>(vercel.Domain.Self.Property("projectId")))).Ref);
        if (!s.Cloudflare.ExternalDns)
        {
            AppDns.Declare(builder, new ComponentPath("dns"), new DnsArgs(s.Cloudflare.ZoneId, s.Domain, dnsTarget!.Value, s.Protect));
        }

        var routing = Routing(builder, s);
        var sentry = !s.Sentry.Enabled ? null : SentryErrors.Declare(builder, new ComponentPath("sentry"), new SentryErrorsArgs(
            s.Sentry.Organization, s.Sentry.Team, s.Sentry.ManageTeam, s.Sentry.ProjectSlug, s.Stack, routing)
        {
            Protect = s.Protect,
            P1EventsPerHour = s.Sentry.P1EventsPerHour,
            ErrorSpikePercent = s.Sentry.ErrorSpikePercent,
            ErrorFloorPerHour = s.Sentry.ErrorFloorPerHour,
            SlowP95Milliseconds = s.Sentry.SlowP95Milliseconds,
            SlowWindowMinutes = s.Sentry.SlowWindowMinutes,
            SlackIntegrationId = s.Sentry.SlackIntegrationId,
        });

        // Production's previews must never reach production data or credentials: there the
        // server-side variables target production only. Other stacks' previews use the stack's own.
        ImmutableArray<VercelTarget> deployed = s.Tier == Tier.Production
            ? [VercelTarget.Production]
            : [VercelTarget.Production, VercelTarget.Preview];
        EnvVariable Bind(EnvVariableSpec spec, Input<string> value) => new(spec, value, deployed);

        // The stack's main database reaches its production deployments only: a preview gets its own
        // database branch from its pr-<n> stack (branch-scoped variables), or no database at all.
        EnvVariable ProductionOnly(EnvVariableSpec spec, Input<string> value) => new(spec, value, [VercelTarget.Production]);

        var secrets = AppSecrets.Declare(builder, new ComponentPath("secrets"), new AppSecretsArgs(s.Secrets.Rotation, s.Secrets.PassThrough)
        {
            SwitchedOff = [.. EnvCatalog.All.Where(spec => s.Env.NameOf(spec) is null).Select(spec => spec.Key)],
        }, Bind);

        List<EnvVariable> variables =
        [
            ProductionOnly(EnvCatalog.DatabaseUrl, new Input<string>(pooledUri)),
            ProductionOnly(EnvCatalog.DirectUrl, new Input<string>(directUri)),
            Bind(EnvCatalog.AppUrl, s.AppUrl),
            Bind(EnvCatalog.NextAuthUrl, s.AppUrl),
            Bind(EnvCatalog.LogLevel, s.LogLevel),
        ];
        if (storage is not null)
        {
            variables.AddRange(
            [
                Bind(EnvCatalog.R2AccountId, storage.AccountId),
                Bind(EnvCatalog.R2AccessKeyId, storage.AccessKeyId),
                Bind(EnvCatalog.R2SecretAccessKey, new Input<string>(storage.SecretAccessKey.Ref)),
                Bind(EnvCatalog.R2PublicBucket, storage.PublicBucket.NameOutput),
                Bind(EnvCatalog.R2PrivateBucket, storage.PrivateBucket.NameOutput),
                Bind(EnvCatalog.R2PublicUrl, storage.PublicUrl),
            ]);
        }

        if (sentry is not null)
        {
            variables.AddRange(
            [
                Bind(EnvCatalog.SentryDsn, sentry.Key.DsnPublic),
                Bind(EnvCatalog.SentryOrg, s.Sentry.Organization),
                Bind(EnvCatalog.SentryProject, sentry.Project.SlugOutput),
                Bind(EnvCatalog.SentryEnvironment, s.Sentry.Environment),
            ]);
        }

        variables.AddRange(secrets.Variables);
        if (sentry is not null && s.Sentry.UploadSourceMaps)
        {
            var token = builder.AddConfig(new ConfigDeclaration(SentrySettings.SourceMapsTokenKey, "string", Secret: true));
            // An organization token can upload to every project: production builds only, never a preview's.
            variables.Add(new EnvVariable(EnvCatalog.SentryAuthToken, new Input<string>(token), [VercelTarget.Production]));
        }

        // The stack's changes to the catalog: renamed, retargeted or switched off (env.catalog).
        foreach (var variable in variables.Select(v => s.Env.Apply(v)).OfType<EnvVariable>())
        {
            vercel.AddVariable(variable);
        }

        var monitoring = Monitoring(builder, s, routing);
        List<(string Name, Expr? Value)> outputs = [];
        if (s.Backups.Enabled)
        {
            // The backup workflow's pg_dump connects directly (never through the pooler); the
            // bootstrap stack copies this into its repository secret through a stack reference.
            outputs.Add(("backupDatabaseUrl", directUri is SecretExpr or Ref ? directUri : new SecretExpr(directUri)));
        }

        outputs.AddRange(
        [
            ("appUrl", s.AppUrl),
            ("vercelProjectId", vercel.Project.Id.Ref),
            ("vercelProjectName", s.Vercel.ProjectName),
            ("vercelRedeployHook", new SecretExpr(vercel.RedeployHookUrl.Ref)),
            (DigestOutput, null),
        ]);
        if (s.Cloudflare.ExternalDns)
        {
            // The records a team creates at its own DNS host (docs/adoption.md): an apex cannot hold a
            // CNAME at most hosts, so it gets the A records Vercel recommends instead.
            outputs.Add((DnsRecordsOutput, ListExpr.Of([IsApex(s.Domain)
                ? ObjectExpr.From(("type", new StringLit("A")), ("name", new StringLit(s.Domain)), ("values", builder.AddVariable(new ComponentPath("dns").Name("vercel-ipv4s"),
                    VercelFunctions.RecommendedIpv4s(s.Domain, new Input<string>(vercel.Domain.Self.Property("projectId")))).Ref))
                : ObjectExpr.From(("type", new StringLit("CNAME")), ("name", new StringLit(s.Domain)), ("value", dnsTarget!.Value.Expr))])));
        }

        if (neon is not null)
        {
            outputs.AddRange(
            [
                ("neonProjectId", neon.Project.Id.Ref),
                // With neonProjectId, what the bootstrap stack's project-scoped Neon keys need (bootstrap.neonStacks).
                ("neonOrgId", neon.Project.OrgIdOutput.Ref),
                ("neonMainBranchId", neon.Project.DefaultBranchId.Ref),
                ("neonComputeId", neon.ComputeId),
                ("neonDatabaseName", database.DatabaseName),
                ("neonRoleName", database.RoleName),
            ]);
        }

        if (storage is not null)
        {
            outputs.AddRange(
            [
                ("r2PublicBucket", storage.PublicBucket.NameOutput.Ref),
                ("r2PrivateBucket", storage.PrivateBucket.NameOutput.Ref),
                ("r2Endpoint", $"https://{s.Cloudflare.AccountId}.r2.cloudflarestorage.com"),
                ("cdnUrl", storage.PublicUrl),
            ]);
        }

        if (sentry is not null)
        {
            outputs.Add(("sentryProject", sentry.Project.SlugOutput.Ref));
        }

        outputs.AddRange(monitoring.Select(m => (m.Name, (Expr?)m.Value)));

        // The variables the stack adds (env.*), after the outputs they may be wired from are known.
        foreach (var variable in AddedVariables(builder, s, outputs.Where(o => o.Value is not null).ToDictionary(o => o.Name, o => o.Value!, StringComparer.Ordinal), deployed))
        {
            vercel.AddVariable(variable);
        }

        foreach (var (name, value) in outputs)
        {
            builder.AddOutput(name, value ?? vercel.VariablesDigest());
        }

        return PolicySet.Apply(ResourceImports.Apply(builder.Build(), s.Imports, s.Project), new PolicyContext(Production: s.Tier == Tier.Production, Preview: false));
    }

    /// <summary>The stack output that lists the records of a domain on another DNS host (<c>dns.provider: external</c>).</summary>
    public const string DnsRecordsOutput = "dnsRecords";

    /// <summary>Whether a domain is a zone's apex (two labels: <c>shop.com</c>); a multi-label public suffix (<c>shop.co.uk</c>) is not recognized.</summary>
    private static bool IsApex(string domain) => domain.Count(c => c == '.') == 1;

    /// <summary>The output the deploy workflow compares to decide whether a redeploy is needed: computed after every variable.</summary>
    private const string DigestOutput = "vercelVariablesDigest";

    /// <summary>
    /// The variables of <c>env.plain</c>, <c>env.secrets</c>, <c>env.generated</c> and <c>env.outputs</c>:
    /// sensitive by where the value comes from, on the stack's targets unless they name their own.
    /// </summary>
    private static IEnumerable<EnvVariable> AddedVariables(ProgramBuilder builder, StackSettings s, Dictionary<string, Expr> outputs, ImmutableArray<VercelTarget> deployed)
    {
        var declared = new HashSet<string>(s.Secrets.PassThrough, StringComparer.Ordinal) { SentrySettings.SourceMapsTokenKey };
        var path = new ComponentPath("env");
        foreach (var added in s.Env.Added)
        {
            Input<string>? value = added.Source switch
            {
                EnvSource.Plain => added.Value,
                EnvSource.Secret => new Input<string>(declared.Add(added.Value)
                    ? builder.AddConfig(new ConfigDeclaration(added.Value, "string", Secret: true))
                    : new Ref(added.Value)),
                EnvSource.Generated => builder.Add(added.Generated!.Declare(path.Name(added.Key))).Result,
                _ => outputs.TryGetValue(added.Value, out var output) ? new Input<string>(output) : (Input<string>?)null,
            };
            if (value is null)
            {
                builder.Report(Diagnostic.Error(SettingsCodes.Invalid, $"{s.Project}:env.outputs.{added.Key}",
                    $"the stack output {added.Value} does not exist in this stack (a component that is off: backups.enabled, ...); expected one of {string.Join(", ", outputs.Keys.Where(EnvOutputs.All.ContainsKey).Order(StringComparer.Ordinal))}"));
                continue;
            }

            var description = added.Source switch
            {
                EnvSource.Plain => "plain value (env.plain)",
                EnvSource.Secret => $"secret stack config {added.Value} (env.secrets)",
                EnvSource.Generated => $"generated, {added.Generated!.Length} characters ({added.Generated.Alphabet}); rotate with its rotation keeper (env.generated)",
                _ => $"the stack output {added.Value} (env.outputs)",
            };
            yield return new EnvVariable(new EnvVariableSpec(added.Key, added.Sensitive, description), value.Value, added.Targets.IsDefaultOrEmpty ? deployed : added.Targets)
            {
                GitBranch = added.Branch,
            };
        }
    }

    /// <summary>
    /// The program of the pass without config: one <see cref="DiscoveryProvider"/> per pinned package,
    /// written with the same pins as every resource and invoke of a real run, and nothing else.
    /// </summary>
    public static BuildResult Discovery(string project)
    {
        var builder = NewBuilder(project);
        foreach (var package in Packages.All)
        {
            builder.Add(new DiscoveryProvider(package));
        }

        return builder.Build();
    }

    private static AlertRouting Routing(ProgramBuilder builder, StackSettings s)
    {
        var routing = new AlertRouting(s.Alerts.Page, s.Alerts.SlackWorkspace, s.Alerts.Channels, s.Alerts.Emails, s.Alerts.SmsNumbers)
        {
            SlackTeamId = s.Alerts.SlackTeamId,
            SmsMonthlySpendLimit = s.Alerts.SmsMonthlySpendLimit,
        };
        if (!s.Alerts.Webhook)
        {
            return routing;
        }

        if (s.Uptime.Backend != MonitorBackend.Aws || !(s.Uptime.Enabled || s.Backups.Enabled))
        {
            builder.Report(Diagnostic.Warning("INF202", $"{s.Project}:alerts.webhook",
                "the webhook is subscribed to the AWS alarm topics, which this stack does not have (betterstack backend, or no monitors and backups); it is ignored"));
            return routing;
        }

        return routing with { Webhook = builder.AddConfig(new ConfigDeclaration(AlertSettings.WebhookConfigKey, "string", Secret: true)) };
    }

    /// <summary>Uptime monitors and backups, on the chosen backend; returns the stack outputs they add.</summary>
    private static List<(string Name, Expr Value)> Monitoring(ProgramBuilder builder, StackSettings s, AlertRouting routing)
    {
        List<(string, Expr)> outputs = [];
        if (!s.Uptime.Enabled && !s.Backups.Enabled)
        {
            return outputs;
        }

        var aws = s.Uptime.Backend == MonitorBackend.Aws;
        var alertsPath = new ComponentPath("alerts");
        var topics = aws ? AwsAlarmTopics.Declare(builder, alertsPath, s.ResourceName, s.App + "-" + s.Stack, AlarmRegion, routing) : null;
        var policy = aws ? null : BetterStackPolicy.Declare(builder, alertsPath, s.ResourceName, routing);

        if (s.Uptime.Enabled)
        {
            // A check that queries the database, every few seconds, would keep a compute that scales
            // to zero awake around the clock: those are left out unless the compute never suspends.
            var neverSuspends = s.ExternalDatabase || s.Neon.SuspendTimeoutSeconds == -1;
            // The default checks leave them out by design (docs/settings.md); checks a stack lists itself are reported.
            var listed = !s.Uptime.Checks.SequenceEqual(UptimeSettings.DefaultChecks);
            foreach (var check in s.Uptime.Checks.Where(c => listed && c.Database && !neverSuspends))
            {
                builder.Report(Diagnostic.Warning(DiagnosticCodes.DatabaseCheckLeftOut, $"{s.Project}:uptime.checks",
                    $"{check.Path} queries the database, whose compute suspends when idle (neon.suspendTimeoutSeconds): it is not monitored here, so that the checks do not keep the compute awake"));
            }

            var uptime = new UptimeArgs(s.Domain, [.. s.Uptime.Checks.Where(c => !c.Database || neverSuspends)], s.Uptime.Backend)
            {
                Stack = s.Stack,
                AwsRegions = s.Uptime.AwsRegions,
                BetterStackRegions = s.Uptime.BetterStackRegions,
                SlowSeconds = s.Uptime.SlowSeconds,
                RequestTimeoutSeconds = s.Uptime.RequestTimeoutSeconds,
                TlsWarningDays = s.Uptime.TlsWarningDays,
            };
            if (topics is not null)
            {
                Uptime.DeclareAws(builder, new ComponentPath("uptime"), uptime, topics);
            }
            else
            {
                Uptime.DeclareBetterStack(builder, new ComponentPath("uptime"), uptime, policy!, routing);
            }
        }

        if (s.Backups.Enabled)
        {
            var args = new BackupsArgs(s.Stack, s.Backups.BucketName, s.Backups.Region, s.GitHub.Repository, s.Protect)
            {
                DailyDays = s.Backups.DailyDays,
                WeeklyDays = s.Backups.WeeklyDays,
                NoncurrentDays = s.Backups.NoncurrentDays,
                HeartbeatHours = s.Backups.HeartbeatHours,
                CreateOidcProvider = s.Backups.CreateOidcProvider,
                GitHubEnvironment = s.Backups.GitHubEnvironment,
            };
            var path = new ComponentPath("backups");
            var backups = Backups.Declare(builder, path, args, reportsToCloudWatch: aws);
            outputs.Add(("backupBucket", backups.Bucket.BucketOutput.Ref));
            outputs.Add(("backupRoleArn", backups.Role.Arn.Ref));
            outputs.Add(("restoreRoleArn", backups.RestoreRole.Arn.Ref));
            if (topics is not null)
            {
                BackupAlarms.DeclareAws(builder, path, args, topics);
                outputs.Add(("backupHeartbeatMetric", ObjectExpr.From(
                    ("region", topics.Region), ("namespace", args.MetricNamespace), ("metricName", args.MetricName), ("dimensionStack", args.Stack))));
            }
            else
            {
                var (heartbeat, restore) = BackupAlarms.DeclareBetterStack(builder, path, args, policy!, routing);
                outputs.Add(("backupHeartbeatUrl", new SecretExpr(heartbeat.Url.Ref)));
                outputs.Add(("restoreHeartbeatUrl", new SecretExpr(restore.Url.Ref)));
            }
        }

        return outputs;
    }

    /// <summary>A builder with every pinned package: every program of the project names the same plugins.</summary>
    internal static ProgramBuilder NewBuilder(string project)
    {
        var builder = new ProgramBuilder(project);
        foreach (var package in Packages.All)
        {
            builder.UsePackage(package);
        }

        return builder;
    }
}
