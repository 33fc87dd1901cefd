using Infra.Expressions;
using Infra.Model;
using Xunit;

namespace Infra.Tests.Conformance.TypeCheck;

/// <summary>
/// What the checker reports on resources, options, variables and outputs (pulumi-yaml
/// <c>analyser.go:599-815</c>, v1.38.1), and the Infra rule on invoke arguments.
/// </summary>
public sealed class ResourceCheckTests
{
    private const string Domain = "vercel:index/projectDomain:ProjectDomain";
    private const string MetricAlert = "sentry:index/metricAlert:MetricAlert";
    private const string SlackLookup = "sentry:index/getOrganizationIntegration:getOrganizationIntegration";

    private static readonly GenericResource Project = new("proj", "vercel:index/project:Project", ObjectExpr.From(("name", "orbit")));

    [Fact]
    public void A_string_output_in_an_integer_input_is_an_error_naming_the_resource_the_property_and_both_types()
    {
        var domain = new GenericResource("domain", Domain, ObjectExpr.From(("domain", "d"), ("projectId", Project.Id.Ref), ("redirectStatusCode", new Ref("proj", "name"))));

        var error = Assert.Single(TypeCheckHarness.Analyse(TypeCheckHarness.Program([Project, domain])).Diagnostics);

        Assert.Equal(
            $$"""
            domain: {{Domain}} is not assignable from {domain: string, projectId: string, redirectStatusCode: string}
                Cannot assign '{domain: string, projectId: string, redirectStatusCode: string}' to '{{Domain}}':
                  redirectStatusCode: Cannot assign type 'string' to type 'integer'
            """.ReplaceLineEndings("\n"),
            error.ToString());
    }

    [Fact]
    public void The_slack_integration_id_string_in_a_metric_alert_integer_is_an_error()
    {
        var error = Assert.Single(TypeCheckHarness.Analyse(AlertProgram(new Ref("slack", "id"))).Diagnostics);

        Assert.Equal("alert", error.Location);
        Assert.StartsWith($"{MetricAlert} is not assignable from {{", error.Summary, StringComparison.Ordinal);
        Assert.Contains("\n          integrationId: Cannot assign type 'string' to type 'integer'", error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void The_slack_integration_id_parsed_by_std_parseint_passes()
    {
        var parsed = new InvokeExpr("std:index:parseint", ObjectExpr.From(("input", new Ref("slack", "id")), ("base", 10)), "result");

        Assert.Empty(TypeCheckHarness.Analyse(AlertProgram(parsed), TypeCheckOptions.WithInfraRules).Diagnostics);
    }

    [Fact]
    public void Unknown_and_missing_properties_are_reported_together_in_one_diagnostic()
    {
        var domain = new GenericResource("domain", Domain, ObjectExpr.From(("domian", "d"), ("projectId", "p"), ("waitForReady", "yes")));

        var error = Assert.Single(TypeCheckHarness.Analyse(TypeCheckHarness.Program([domain])).Diagnostics);

        Assert.Equal($"{Domain} is not assignable from {{domian: string, projectId: string, waitForReady: string}}", error.Summary);
        Assert.Equal(
            $"Cannot assign '{{domian: string, projectId: string, waitForReady: string}}' to '{Domain}':\n" +
            "  domain: Missing required property 'domain'\n" +
            "  waitForReady: Cannot assign type 'string' to type 'boolean'\n" +
            "  Existing properties are: domain, teamId, gitBranch, redirect, projectId and 3 others",
            error.Detail);
    }

    [Fact]
    public void A_single_unknown_property_is_the_summary()
    {
        var domain = new GenericResource("domain", Domain, ObjectExpr.From(("domain", "d"), ("projectId", "p"), ("redirectCode", 301)));

        var error = Assert.Single(TypeCheckHarness.Analyse(TypeCheckHarness.Program([domain])).Diagnostics);

        Assert.Equal($"Property redirectCode does not exist on '{Domain}'", error.Summary);
    }

    [Fact]
    public void A_number_literal_fits_an_integer_input_and_a_quoted_number_does_not()
    {
        // pulumi-yaml lets 3.5 through (every YAML number is a number); the literal SchemaValidator catches it.
        var result = TypeCheckHarness.Analyse(TypeCheckHarness.Program([
            new GenericResource("ok", Domain, ObjectExpr.From(("domain", "d"), ("projectId", "p"), ("redirectStatusCode", 3.5))),
            new GenericResource("bad", Domain, ObjectExpr.From(("domain", "d"), ("projectId", "p"), ("redirectStatusCode", "301"))),
        ]));

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("bad", error.Location);
        Assert.EndsWith("redirectStatusCode: Cannot assign type 'string' to type 'integer'", error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_resource_without_inputs_is_not_checked_because_no_properties_are_written()
    {
        var result = TypeCheckHarness.Analyse(TypeCheckHarness.Program([
            new GenericResource("empty", Domain, ObjectExpr.Empty),
            new GenericResource("partial", Domain, ObjectExpr.From(("gitBranch", "main"))),
        ]));

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("partial", error.Location);
        Assert.Equal("  domain: Missing required property 'domain'\n  projectId: Missing required property 'projectId'", string.Join("\n", error.Detail.Split('\n').Skip(1)));
    }

    [Fact]
    public void A_provider_resource_with_inputs_is_checked_against_the_provider_inputs()
    {
        var error = Assert.Single(TypeCheckHarness.Analyse(TypeCheckHarness.Program([
            new GenericResource("sentry-eu", "pulumi:providers:sentry", ObjectExpr.From(("tokn", "x"))),
        ])).Diagnostics);

        Assert.Equal("Property tokn does not exist on 'pulumi:providers:sentry'", error.Summary);
        Assert.EndsWith("Existing properties are: token, baseUrl", error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stack_reference_is_checked_against_the_engine_mock()
    {
        var result = TypeCheckHarness.Analyse(TypeCheckHarness.Program([
            new StackReference("good", "org/p/prod"),
            new GenericResource("bad", "pulumi:pulumi:StackReference", ObjectExpr.From(("name", "org/p/prod"), ("nmae", "x"))),
        ]));

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("bad: Property nmae does not exist on 'pulumi:pulumi:StackReference'\n    Cannot assign '{name: string, nmae: string}' to 'pulumi:pulumi:StackReference':\n      Existing properties are: name", error.ToString());
    }

    [Fact]
    public void Aliases_are_checked_against_the_alias_option_type()
    {
        var renamed = Project with { Name = "renamed", Options = new ResourceOptions { Aliases = [ResourceAlias.FromName("proj"), new ResourceAlias { Urn = "urn:pulumi:s::p::t::n", NoParent = true }] } };

        Assert.Empty(TypeCheckHarness.Analyse(TypeCheckHarness.Program([renamed])).Diagnostics);
        Assert.Equal(
            "List<Union<string, {name: string, noParent: boolean, parent: Union<pulumi:pulumi:Any, string>, project: string, stack: string, type: string, urn: string}>>",
            ResourceTyper.AliasesType.Display);
    }

    [Fact]
    public void Property_access_errors_are_reported_in_options_variables_and_outputs()
    {
        var dependent = new GenericResource("dep", Domain, ObjectExpr.From(("domain", "d"), ("projectId", "p")))
        {
            Options = new ResourceOptions { DependsOn = [new Ref("proj", "nmae")] },
        };
        var secretInvoke = new SecretExpr(new InvokeExpr("std:index:sha256", ObjectExpr.From(("input", new Ref("proj", "nmae"))), "result"));

        var result = TypeCheckHarness.Analyse(TypeCheckHarness.Program(
            [Project, dependent],
            variables: [("v", new Ref("proj", "nmae")), ("s", secretInvoke)],
            outputs: [("o", new Ref("proj", "nmae"))]));

        // sort.go:161-193: resources come before variables, then each after its dependencies; outputs last.
        Assert.Equal(["dep", "variables.v", "variables.s", "outputs.o"], result.Errors.Select(e => e.Location));
        Assert.All(result.Errors, e => Assert.Equal("nmae does not exist on proj", e.Summary));
    }

    [Fact]
    public void An_invoke_with_an_unknown_return_used_as_a_property_has_no_type_which_is_only_a_warning()
    {
        var domain = new GenericResource("domain", Domain, ObjectExpr.From(
            ("domain", new InvokeExpr("std:index:sha256", ObjectExpr.From(("input", "x")), "reslt")), ("projectId", "p")));

        var result = TypeCheckHarness.Analyse(TypeCheckHarness.Program([domain]));

        // analyser.go:792-801: the untyped entry is left out of the source object, so `domain` is also missing.
        Assert.Equal(
            ["domain: reslt does not exist on std:index:sha256\n    Existing properties are: result", $"domain: {Domain} is not assignable from {{projectId: string}}"],
            result.Errors.Select(e => e.ToString().Split("\n    Cannot")[0]));
        Assert.Equal("domain: warning: internal error: unable to discover type of domain.domain\n    expected type string", Assert.Single(result.Warnings).ToString());
    }

    [Fact]
    public void An_unresolvable_resource_type_is_an_error_and_checking_goes_on()
    {
        var result = TypeCheckHarness.Analyse(TypeCheckHarness.Program(
            [Project, new GenericResource("x", "vercel:index/nope:Nope", ObjectExpr.From(("a", 1)))],
            outputs: [("fromX", new Ref("x", "anything")), ("bad", new Ref("proj", "nmae"))]));

        Assert.Equal(
            ["x: error resolving type of resource x: unable to find resource type \"vercel:index/nope:Nope\" in resource provider \"vercel\"", "outputs.bad: nmae does not exist on proj"],
            result.Errors.Select(e => e.ToString().Split('\n')[0]));
    }

    [Fact]
    public void References_are_typed_before_use_whatever_the_declaration_order()
    {
        var domain = new GenericResource("domain", Domain, ObjectExpr.From(("domain", "d"), ("projectId", "p"), ("redirectStatusCode", new Ref("proj", "name"))));

        // domain is declared before proj: pulumi-yaml still types proj first (sort.go:218-263).
        var error = Assert.Single(TypeCheckHarness.Analyse(TypeCheckHarness.Program([domain, Project])).Diagnostics);

        Assert.Equal("domain", error.Location);
    }

    [Fact]
    public void The_infra_rule_checks_invoke_arguments_which_pulumi_yaml_does_not()
    {
        var program = TypeCheckHarness.Program(variables: [
            ("parsed", new InvokeExpr("std:index:parseint", ObjectExpr.From(("base", "10"), ("input", "42")), "result")),
            ("hashed", new InvokeExpr("std:index:sha256", ObjectExpr.Empty, "result")),
        ]);

        Assert.Empty(TypeCheckHarness.Analyse(program, TypeCheckOptions.PulumiYamlOnly).Diagnostics);

        var errors = TypeCheckHarness.Analyse(program, TypeCheckOptions.WithInfraRules).Errors.ToList();
        Assert.All(errors, e => Assert.Equal(TypeRule.InfraInvokeArguments, e.Rule));
        Assert.Equal(
            [
                "variables.parsed: [InfraInvokeArguments] std:index:parseintArgs is not assignable from {base: string, input: string}\n    Cannot assign '{base: string, input: string}' to 'std:index:parseintArgs':\n      base: Cannot assign type 'string' to type 'integer'",
                "variables.hashed: [InfraInvokeArguments] std:index:sha256Args is not assignable from {}\n    Cannot assign '{}' to 'std:index:sha256Args':\n      input: Missing required property 'input'",
            ],
            errors.Select(e => e.ToString()));
    }

    /// <summary>A Sentry metric alert whose Slack action's <c>integrationId</c> is <paramref name="integrationId"/>.</summary>
    private static Infra.Graph.ProgramGraph AlertProgram(Expr integrationId)
    {
        var alert = new GenericResource("alert", MetricAlert, ObjectExpr.From(
            ("aggregate", "count()"), ("dataset", "events"), ("name", "spike"), ("organization", "example"), ("project", "orbit"),
            ("query", "event.type:error"), ("thresholdType", 0), ("timeWindow", 60),
            ("triggers", ListExpr.Of(ObjectExpr.From(
                ("actions", ListExpr.Of(ObjectExpr.From(("integrationId", integrationId), ("targetIdentifier", "#alerts"), ("targetType", "specific"), ("type", "slack")))),
                ("alertThreshold", 100), ("label", "critical"), ("thresholdType", 0))))));
        var slack = new InvokeExpr(SlackLookup, ObjectExpr.From(("name", "example"), ("organization", "example"), ("providerKey", "slack")));
        return TypeCheckHarness.Program([alert], variables: [("slack", slack)]);
    }
}
