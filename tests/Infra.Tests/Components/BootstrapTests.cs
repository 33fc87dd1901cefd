using Infra.Expressions;
using Infra.Graph;
using Infra.Model;
using Infra.Providers.Aws;
using Infra.Providers.GitHub;
using Infra.Stacks.Composition;
using Infra.Tests.Support;
using Xunit;

namespace Infra.Tests.Components;

/// <summary>
/// The bootstrap stack (the tests' own): environments that deploy only from main, reviewers on
/// production only, deploy roles each trusted by its own environment, a read-only role that no
/// environment job can assume, and a ruleset on main.
/// </summary>
public sealed class BootstrapTests
{
    private const string Sub = "token.actions.githubusercontent.com:sub";

    private static readonly Lazy<ProgramGraph> Program = new(() => BootstrapFixture.Program());

    private static ObjectExpr Condition(ProgramGraph program, string role)
    {
        var document = (ObjectExpr)((ToJsonExpr)program.Get<IamRole>(role).Inputs()["assumeRolePolicy"]!).Value;
        var statement = (ObjectExpr)Assert.Single(((ListExpr)document["Statement"]!).Items);
        Assert.Equal(new StringLit("sts:AssumeRoleWithWebIdentity"), statement["Action"]);
        var provider = program.Resources.OfType<IamOidcProvider>().SingleOrDefault();
        Assert.Equal(ObjectExpr.From(("Federated", provider is null ? new Ref("aws-github-oidc") : provider.Arn.Ref)), statement["Principal"]);
        var condition = (ObjectExpr)((ObjectExpr)statement["Condition"]!)["StringEquals"]!;
        Assert.Equal(new StringLit("sts.amazonaws.com"), condition["token.actions.githubusercontent.com:aud"]);
        return condition;
    }

    private static List<string> Subjects(ProgramGraph program, string role) => Condition(program, role)[Sub] switch
    {
        StringLit s => [s.Value],
        ListExpr l => [.. l.Items.Cast<StringLit>().Select(s => s.Value)],
        var other => throw new InvalidOperationException($"unexpected subject {other}"),
    };

    private static List<string> AttachedPolicies(ProgramGraph program, string role) =>
        [.. program.Resources.OfType<IamRolePolicyAttachment>()
            .Where(a => a.Role.Expr == new Ref(role, "id"))
            .Select(a => ((StringLit)a.PolicyArn.Expr).Value)];

    [Theory]
    [InlineData("staging")]
    [InlineData("production")]
    public void Each_environment_deploys_only_from_main(string environment)
    {
        var resource = Program.Value.Get<RepositoryEnvironment>($"github-{environment}-environment");
        var inputs = resource.Inputs();

        Assert.Equal(new StringLit("app"), inputs["repository"]);
        Assert.Equal(new StringLit(environment), inputs["environment"]);
        Assert.Equal(ObjectExpr.From(("customBranchPolicies", true), ("protectedBranches", false)), inputs["deploymentBranchPolicy"]);
        var policy = Program.Value.Get<RepositoryEnvironmentDeploymentPolicy>($"github-{environment}-branch-main").Inputs();
        Assert.Equal(new StringLit("main"), policy["branchPattern"]);
        Assert.Equal(new Ref($"github-{environment}-environment", "environment"), policy["environment"]);
    }

    [Fact]
    public void Only_production_has_reviewers_who_cannot_approve_their_own_deployments()
    {
        var production = Program.Value.Get<RepositoryEnvironment>("github-production-environment").Inputs();
        var staging = Program.Value.Get<RepositoryEnvironment>("github-staging-environment").Inputs();

        var reviewers = (ObjectExpr)Assert.Single(((ListExpr)production["reviewers"]!).Items);
        Assert.Equal(ListExpr.Of(new Ref("github-reviewer-acme-lead-id"), new Ref("github-reviewer-acme-ops-id")), reviewers["users"]);
        Assert.Equal(new BoolLit(true), production["preventSelfReview"]);
        Assert.Null(staging["reviewers"]);
        Assert.Null(staging["preventSelfReview"]);
    }

    [Fact]
    public void Reviewer_ids_are_looked_up_and_parsed_as_integers()
    {
        var lookup = (InvokeExpr)Assert.Single(Program.Value.Variables, v => v.Name == "github-reviewer-acme-lead-user-id").Value;
        var parsed = (InvokeExpr)Assert.Single(Program.Value.Variables, v => v.Name == "github-reviewer-acme-lead-id").Value;

        Assert.Equal("github:index/getUser:getUser", lookup.Function);
        Assert.Equal(new StringLit("acme-lead"), lookup.Arguments["username"]);
        Assert.Equal("std:index:parseint", parsed.Function);
        Assert.Equal(new Ref("github-reviewer-acme-lead-user-id"), parsed.Arguments["input"]);
    }

    [Theory]
    [InlineData("staging")]
    [InlineData("production")]
    public void The_deploy_role_trusts_only_its_environment(string environment)
    {
        var role = $"aws-{environment}-deploy-role";

        Assert.Equal([$"repo:acme/app:environment:{environment}"], Subjects(Program.Value, role));
        Assert.Equal([BootstrapComposer.AdministratorAccess], AttachedPolicies(Program.Value, role));
        var variable = Program.Value.Get<ActionsEnvironmentVariable>($"github-{environment}-deploy-role-arn").Inputs();
        Assert.Equal(new StringLit("AWS_DEPLOY_ROLE_ARN"), variable["variableName"]);
        Assert.Equal(new Ref(role, "arn"), variable["value"]);
        Assert.Equal(new Ref($"github-{environment}-environment", "environment"), variable["environment"]);
    }

    [Fact]
    public void The_read_only_role_reads_only_and_no_environment_job_can_assume_it()
    {
        var subjects = Subjects(Program.Value, "aws-readonly-role");

        Assert.Equal(["repo:acme/app:pull_request", "repo:acme/app:ref:refs/heads/main"], subjects);
        Assert.DoesNotContain(subjects, s => s.Contains(":environment:", StringComparison.Ordinal));
        Assert.Equal([BootstrapComposer.ReadOnlyAccess], AttachedPolicies(Program.Value, "aws-readonly-role"));
        // Its one inline policy lets it decrypt the state's secrets (the fixture's awskms provider), nothing else.
        Assert.Equal(["aws-readonly-role-state"], Program.Value.Resources.OfType<IamRolePolicy>().Where(p => p.Role.Expr == new Ref("aws-readonly-role", "id")).Select(p => p.Name));
        var variable = Program.Value.Get<ActionsVariable>("github-readonly-role-arn").Inputs();
        Assert.Equal(new StringLit("AWS_READONLY_ROLE_ARN"), variable["variableName"]);
        Assert.Equal(new Ref("aws-readonly-role", "arn"), variable["value"]);
    }

    [Fact]
    public void The_state_backend_and_secrets_provider_are_repository_variables_every_job_reads()
    {
        var backend = Program.Value.Get<ActionsVariable>("github-backend-url").Inputs();
        var secrets = Program.Value.Get<ActionsVariable>("github-secrets-provider").Inputs();

        Assert.Equal((new StringLit("PULUMI_BACKEND_URL"), new StringLit("s3://acme-pulumi-state")), (backend["variableName"], backend["value"]));
        Assert.Equal((new StringLit("PULUMI_SECRETS_PROVIDER"), new StringLit("awskms://alias/acme-pulumi")), (secrets["variableName"], secrets["value"]));
    }

    [Fact]
    public void Without_a_backend_or_secrets_provider_no_such_variable_is_declared()
    {
        var program = BootstrapFixture.Program(t => t.Replace("    stateBackendUrl: s3://acme-pulumi-state\n    secretsProvider: awskms://alias/acme-pulumi\n", "", StringComparison.Ordinal) + "  acme-infra:PULUMI_ACCESS_TOKEN:\n    secure: v1:c2FsdA==:Y2lwaGVydGV4dA==\n");

        Assert.DoesNotContain(program.Resources.OfType<ActionsEnvironmentVariable>(), v => v.Inputs()["variableName"] != new StringLit("AWS_DEPLOY_ROLE_ARN"));
        Assert.DoesNotContain(program.Resources.OfType<ActionsVariable>(), v => v.Inputs()["variableName"] is StringLit { Value: var name } && name.StartsWith("PULUMI_", StringComparison.Ordinal));
    }

    [Fact]
    public void The_read_only_role_may_use_the_state_key_and_write_only_pull_request_stacks_state()
    {
        var program = BootstrapFixture.Program();

        var policy = program.Resources.OfType<IamRolePolicy>().Single(p => p.Name == "aws-readonly-role-state");
        var statements = ((ListExpr)((ObjectExpr)((ToJsonExpr)policy.Policy.Expr).Value)["Statement"]!).Items.Cast<ObjectExpr>().ToList();
        var kms = statements.Single(st => st["Sid"] == new StringLit("StateSecrets"));
        Assert.Equal(ListExpr.Of(new StringLit("kms:Decrypt"), new StringLit("kms:Encrypt")), kms["Action"]);
        Assert.Equal(new StringLit("alias/acme-pulumi"), ((ObjectExpr)((ObjectExpr)kms["Condition"]!)["ForAnyValue:StringEquals"]!)["kms:ResourceAliases"]);
        var s3 = statements.Single(st => st["Sid"] == new StringLit("PullRequestStacksState"));
        Assert.Equal(ListExpr.Of(new StringLit("s3:PutObject"), new StringLit("s3:DeleteObject")), s3["Action"]);
        Assert.All(((ListExpr)s3["Resource"]!).Items, r => Assert.EndsWith("/acme-infra/pr-*", ((StringLit)r).Value, StringComparison.Ordinal));
        Assert.Contains(new StringLit("arn:aws:s3:::acme-pulumi-state/.pulumi/stacks/acme-infra/pr-*"), ((ListExpr)s3["Resource"]!).Items);
    }

    [Theory]
    [InlineData("s3://acme-state/infra?region=eu-central-1", "arn:aws:s3:::acme-state/infra/.pulumi/locks/*/acme-infra/pr-*")]
    [InlineData("s3://acme-state", "arn:aws:s3:::acme-state/.pulumi/history/acme-infra/pr-*")]
    public void A_bucket_with_a_prefix_keeps_it(string url, string resource) =>
        Assert.Contains(new StringLit(resource), ((ListExpr)PullRequestStatePolicy.Statement(url, "acme-infra")!["Resource"]!).Items);

    [Theory]
    [InlineData("https://api.pulumi.com")]
    [InlineData("s3://state?endpoint=0123.r2.cloudflarestorage.com&region=auto&profile=r2")]
    public void Pulumi_cloud_or_a_bucket_elsewhere_needs_no_s3_write(string url) =>
        Assert.Null(PullRequestStatePolicy.Statement(url, "acme-infra"));

    [Theory]
    [InlineData("awskms://1234abcd-12ab-34cd-56ef-1234567890ab?region=eu-central-1", "arn:aws:kms:*:*:key/1234abcd-12ab-34cd-56ef-1234567890ab")]
    [InlineData("awskms:///arn:aws:kms:eu-central-1:111122223333:key/1234abcd", "arn:aws:kms:eu-central-1:111122223333:key/1234abcd")]
    public void A_key_id_or_arn_is_the_policys_resource(string provider, string resource) =>
        Assert.Equal(new StringLit(resource), StateKeyPolicy.Decrypt(provider)!["Resource"]);

    [Fact]
    public void Without_a_kms_secrets_provider_or_an_s3_backend_the_read_only_role_gets_nothing_more() =>
        Assert.DoesNotContain(BootstrapFixture.Program(t => t.Replace("    secretsProvider: awskms://alias/acme-pulumi\n", "    secretsProvider: passphrase\n    ownPassphrase: false\n", StringComparison.Ordinal)
                .Replace("  acme-infra:BOOTSTRAP_CONFIG_PASSPHRASE:\n    secure: v1:c2FsdA==:Y2lwaGVydGV4dA==\n", "", StringComparison.Ordinal)
                .Replace("    stateBackendUrl: s3://acme-pulumi-state\n", "    stateBackendUrl: https://api.pulumi.com\n", StringComparison.Ordinal)
                + "  acme-infra:PULUMI_ACCESS_TOKEN:\n    secure: v1:c2FsdA==:Y2lwaGVydGV4dA==\n  acme-infra:PULUMI_CONFIG_PASSPHRASE:\n    secure: v1:c2FsdA==:Y2lwaGVydGV4dA==\n")
            .Resources.OfType<IamRolePolicy>(), p => p.Name == "aws-readonly-role-state");

    [Fact]
    public void Before_the_app_stacks_exist_no_stack_is_referenced()
    {
        var program = BootstrapFixture.Program(t => t.Replace("    deployedStacks:\n      - staging\n      - prod\n", "", StringComparison.Ordinal));

        Assert.Empty(program.Resources.OfType<StackReference>());
        Assert.NotEmpty(program.Resources.OfType<ActionsEnvironmentSecret>());
    }

    [Fact]
    public void Only_the_deployed_backup_stacks_are_referenced()
    {
        var program = BootstrapFixture.Program(t => t.Replace("      - prod\n", "", StringComparison.Ordinal));

        Assert.Equal(["backups-staging-stack"], program.Resources.OfType<StackReference>().Select(r => r.Name));
    }

    [Fact]
    public void Each_backup_stack_reaches_the_workflows_through_a_stack_reference()
    {
        var program = Program.Value;

        foreach (var (stack, suffix) in new[] { ("staging", "STAGING"), ("prod", "PROD") })
        {
            var reference = program.Get<StackReference>($"backups-{stack}-stack");
            Assert.Equal(
                new Input<string>(Interpolation.Of(new Ref(Ref.PulumiBuiltin, "organization"), "/", new Ref(Ref.PulumiBuiltin, "project"), "/" + stack)).Expr,
                reference.Inputs()["name"]);
            foreach (var (variable, output) in new[] { ("BACKUP_ROLE_ARN", "backupRoleArn"), ("BACKUP_BUCKET", "backupBucket"), ("RESTORE_ROLE_ARN", "restoreRoleArn") })
            {
                var inputs = Assert.Single(program.Resources.OfType<ActionsVariable>(), v => v.Inputs()["variableName"] == new StringLit($"{variable}_{suffix}")).Inputs();
                Assert.Equal(reference.Output(output).Ref, inputs["value"]);
            }

            var secret = Assert.Single(program.Resources.OfType<ActionsSecret>(), v => v.Inputs()["secretName"] == new StringLit($"BACKUP_DATABASE_URL_{suffix}")).Inputs();
            Assert.Equal(reference.Output("backupDatabaseUrl").Ref, secret["value"]);
            Assert.Null(secret["plaintextValue"]);
        }
    }

    [Fact]
    public void Deploy_credentials_are_secrets_of_each_environment_from_secret_config()
    {
        var program = Program.Value;

        foreach (var environment in new[] { "staging", "production" })
        {
            var all = program.Resources.OfType<ActionsEnvironmentSecret>().Where(r => r.Name.StartsWith($"github-{environment}-", StringComparison.Ordinal)).ToList();
            // In production first the bootstrap stack's own passphrase (from its config of the same name), then the deploy credentials.
            if (environment == "production")
            {
                var own = all[0].Inputs();
                Assert.Equal(new StringLit("BOOTSTRAP_CONFIG_PASSPHRASE"), own["secretName"]);
                Assert.Equal(new Ref("BOOTSTRAP_CONFIG_PASSPHRASE"), own["value"]);
            }

            var secrets = all.Skip(environment == "production" ? 1 : 0).ToList();
            Assert.Equal(["NEON_API_KEY", "CLOUDFLARE_API_TOKEN", "SENTRY_TOKEN"], secrets.Select(r => ((StringLit)r.Inputs()["secretName"]!).Value));
            foreach (var secret in secrets)
            {
                var inputs = secret.Inputs();
                Assert.Equal(new Ref($"github-{environment}-environment", "environment"), inputs["environment"]);
                var key = $"{((StringLit)inputs["secretName"]!).Value}_{environment.ToUpperInvariant()}";
                Assert.Equal(new Ref(key), inputs["value"]);
                Assert.Contains(program.Config, c => c.Name == key && c.Secret);
                Assert.Null(inputs["plaintextValue"]);
            }
        }
    }

    [Fact]
    public void A_missing_or_plain_environment_secret_is_one_error_with_the_command()
    {
        var errors = BootstrapFixture.Errors(t => t.Replace("  acme-infra:SENTRY_TOKEN_PRODUCTION:\n    secure: v1:c2FsdA==:Y2lwaGVydGV4dA==\n", "", StringComparison.Ordinal)
            .Replace("  acme-infra:NEON_API_KEY_STAGING:\n    secure: v1:c2FsdA==:Y2lwaGVydGV4dA==\n", "  acme-infra:NEON_API_KEY_STAGING: plain\n", StringComparison.Ordinal));

        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e.ToString().Contains("acme-infra:SENTRY_TOKEN_PRODUCTION", StringComparison.Ordinal) && e.ToString().Contains("pulumi config set --secret", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.ToString().Contains("acme-infra:NEON_API_KEY_STAGING", StringComparison.Ordinal) && e.ToString().Contains("not encrypted", StringComparison.Ordinal));
    }

    [Fact]
    public void No_environment_secrets_need_no_secret_config()
    {
        var program = BootstrapFixture.Program(t => System.Text.RegularExpressions.Regex.Replace(t, "  acme-infra:[A-Z_]+:\n    secure: .*\n", "") + "    environmentSecrets: []\n    repositorySecrets: []\n    ownPassphrase: false\n");

        Assert.Empty(program.Resources.OfType<ActionsEnvironmentSecret>());
        Assert.Empty(program.Config);
    }

    [Fact]
    public void Heartbeat_urls_reach_their_secrets_only_when_asked()
    {
        Assert.DoesNotContain(Program.Value.Resources.OfType<ActionsSecret>(), r => ((StringLit)r.Inputs()["secretName"]!).Value.Contains("HEARTBEAT", StringComparison.Ordinal));

        var program = BootstrapFixture.Program(t => t + "    heartbeatSecrets: true\n");
        foreach (var (stack, suffix) in new[] { ("staging", "STAGING"), ("prod", "PROD") })
        {
            var reference = program.Get<StackReference>($"backups-{stack}-stack");
            foreach (var (secret, output) in new[] { ("BACKUP_HEARTBEAT_URL", "backupHeartbeatUrl"), ("RESTORE_HEARTBEAT_URL", "restoreHeartbeatUrl") })
            {
                var inputs = Assert.Single(program.Resources.OfType<ActionsSecret>(), r => r.Inputs()["secretName"] == new StringLit($"{secret}_{suffix}")).Inputs();
                Assert.Equal(reference.Output(output).Ref, inputs["value"]);
            }
        }
    }

    [Fact]
    public void No_backup_stacks_declare_no_stack_reference()
    {
        var program = BootstrapFixture.Program(t => t + "    backupStacks: []\n    neonStacks: []\n");

        Assert.Empty(program.Resources.OfType<StackReference>());
        Assert.Equal(Infra.Stacks.Settings.BootstrapSettingsParser.DefaultRepositorySecrets, program.Resources.OfType<ActionsSecret>().Select(s => ((StringLit)s.Inputs()["secretName"]!).Value));
    }

    [Fact]
    public void The_ruleset_on_main_requires_pull_requests_and_the_checks()
    {
        var inputs = Program.Value.Get<RepositoryRuleset>("github-main-ruleset").Inputs();

        Assert.Equal(new StringLit("branch"), inputs["target"]);
        Assert.Equal(new StringLit("active"), inputs["enforcement"]);
        var refName = (ObjectExpr)((ObjectExpr)inputs["conditions"]!)["refName"]!;
        Assert.Equal(ListExpr.Of("~DEFAULT_BRANCH"), refName["includes"]);
        var rules = (ObjectExpr)inputs["rules"]!;
        Assert.NotNull(rules["pullRequest"]);
        var checks = ((ListExpr)((ObjectExpr)rules["requiredStatusChecks"]!)["requiredChecks"]!).Items.Cast<ObjectExpr>().Select(c => ((StringLit)c["context"]!).Value);
        Assert.Equal(Infra.Stacks.Settings.BootstrapSettingsParser.DefaultRequiredChecks, checks);
    }

    [Fact]
    public void Productions_resources_are_protected_and_stagings_are_not()
    {
        var production = Program.Value.Resources.Where(r => r.Name.Contains("-production-", StringComparison.Ordinal)).ToList();
        var staging = Program.Value.Resources.Where(r => r.Name.Contains("-staging-", StringComparison.Ordinal)).ToList();

        // Environment, branch policy, deploy role and its policy, role variable, own passphrase, deploy credentials.
        Assert.Equal(6 + Infra.Stacks.Settings.BootstrapSettingsParser.DefaultEnvironmentSecrets.Length, production.Count);
        Assert.All(production, r => Assert.Equal(ResourceOptions.Protected, r.Options));
        Assert.All(staging, r => Assert.Equal(ResourceOptions.None, r.Options));
    }

    [Fact]
    public void Bootstrap_creates_the_oidc_provider_protected_unless_told_it_exists()
    {
        Assert.Equal(ResourceOptions.Protected, Program.Value.Get<IamOidcProvider>("aws-github-oidc").Options);

        var existing = BootstrapFixture.Program(t => t + "    oidcProvider: existing\n");
        Assert.DoesNotContain(existing.Resources, r => r is IamOidcProvider);
        Assert.Equal("aws:iam/getOpenIdConnectProvider:getOpenIdConnectProvider",
            ((InvokeExpr)Assert.Single(existing.Variables, v => v.Name == "aws-github-oidc").Value).Function);
        // The roles then trust the looked-up provider (Condition asserts the principal).
        Assert.NotNull(Condition(existing, "aws-readonly-role"));
    }
}
