using Infra.Expressions;
using Infra.Graph;
using Infra.Model;
using Xunit;
using static Infra.Tests.Conformance.TypeCheck.PrimitiveType;

namespace Infra.Tests.Conformance.TypeCheck;

/// <summary>
/// One test per typing rule (pulumi-yaml <c>analyser.go:817-1231</c>, v1.38.1): the type
/// pulumi-yaml derives for each written expression, and the errors property access reports.
/// </summary>
public sealed class ExpressionTypingTests
{
    private const string VercelProject = "vercel:index/project:Project";
    private const string Sha256 = "std:index:sha256";
    private const string SlackLookup = "sentry:index/getOrganizationIntegration:getOrganizationIntegration";
    private const string PermissionGroups = "cloudflare:index/getAccountApiTokenPermissionGroupsList:getAccountApiTokenPermissionGroupsList";

    private static readonly GenericResource Project = new("proj", VercelProject, ObjectExpr.From(("name", "orbit")));

    [Fact]
    public void Literals_have_the_types_of_their_written_yaml_and_every_number_is_a_number()
    {
        var types = Outputs(("i", 3), ("n", 2.5), ("b", true), ("s", "x"), ("z", NullLit.Instance));

        Assert.Equal(["number", "number", "boolean", "string", "Invalid"], [types["i"], types["n"], types["b"], types["s"], types["z"]]);
    }

    [Fact]
    public void A_list_has_the_union_of_its_distinct_element_types_and_each_object_literal_is_distinct()
    {
        var types = Outputs(
            ("mixed", ListExpr.Of(1, "a", 2)),
            ("same", ListExpr.Of("a", "b")),
            ("empty", ListExpr.Of()),
            ("objects", ListExpr.Of(ObjectExpr.From(("a", 1)), ObjectExpr.From(("a", 2)))));

        Assert.Equal("List<Union<number, string>>", types["mixed"]);
        Assert.Equal("List<string>", types["same"]);
        Assert.Equal("List<Invalid>", types["empty"]);
        Assert.Equal("List<Union<{a: number}, {a: number}>>", types["objects"]);
    }

    [Fact]
    public void An_object_literal_is_an_adhoc_object_of_its_written_keys()
    {
        Assert.Equal("{a: string, b: number}", Outputs(("o", ObjectExpr.From(("b", 1), ("a", "x"))))["o"]);
    }

    [Fact]
    public void A_resource_reference_reads_its_outputs_id_and_urn()
    {
        var types = Outputs(
            [Project],
            ("self", Project.Self),
            ("name", new Ref("proj", "name")),
            ("id", Project.Id.Ref),
            ("urn", new Ref("proj", "urn")),
            ("nested", new Ref("proj", "gitRepository.repo")));

        Assert.Equal([VercelProject, "string", "string", "string", "string"], [types["self"], types["name"], types["id"], types["urn"], types["nested"]]);
    }

    [Fact]
    public void An_unknown_output_is_an_error_that_lists_the_nearest_outputs()
    {
        var result = TypeCheckHarness.Analyse(TypeCheckHarness.Program([Project], outputs: [("bad", new Ref("proj", "nmae"))]));

        var error = Assert.Single(result.Errors);
        Assert.Equal("outputs.bad", error.Location);
        Assert.Equal("nmae does not exist on proj", error.Summary);
        Assert.StartsWith("Existing properties are: name, ", error.Detail, StringComparison.Ordinal);
        Assert.EndsWith(" others", error.Detail, StringComparison.Ordinal);
        Assert.Equal("Invalid", D(result.Outputs["bad"]));
    }

    [Fact]
    public void A_property_of_a_scalar_is_an_error()
    {
        var error = Assert.Single(TypeCheckHarness.Analyse(TypeCheckHarness.Program([Project], outputs: [("bad", new Ref("proj", "name.length"))])).Errors);

        Assert.Equal("cannot access a property on 'proj.name' (type string)", error.Summary);
        Assert.Equal("Property access is only allowed on Resources and Objects", error.Detail);
    }

    [Fact]
    public void An_invoke_with_return_has_the_type_of_that_output_matched_case_insensitively()
    {
        var result = TypeCheckHarness.Analyse(TypeCheckHarness.Program(variables: [
            ("exact", Sha256Of("x", "result")),
            ("upper", Sha256Of("x", "RESULT")),
        ]));

        Assert.Empty(result.Diagnostics);
        Assert.Equal("string", D(result.Variables["exact"]));
        Assert.Equal("string", D(result.Variables["upper"]));
    }

    [Fact]
    public void An_invoke_without_return_is_its_outputs_object()
    {
        var result = TypeCheckHarness.Analyse(TypeCheckHarness.Program(
            variables: [("slack", SlackInvoke())],
            outputs: [("id", new Ref("slack", "id")), ("bad", new Ref("slack", "integrationId"))]));

        Assert.Equal(SlackLookup + "Result", D(result.Variables["slack"]));
        Assert.Equal("string", D(result.Outputs["id"]));
        var error = Assert.Single(result.Errors);
        Assert.Equal("integrationId does not exist on slack", error.Summary);
    }

    [Fact]
    public void An_unknown_return_field_is_an_error_and_the_invoke_has_no_type()
    {
        var result = TypeCheckHarness.Analyse(TypeCheckHarness.Program(variables: [("h", Sha256Of("x", "reslt"))]));

        var error = Assert.Single(result.Errors);
        Assert.Equal("variables.h", error.Location);
        Assert.Equal($"reslt does not exist on {Sha256}", error.Summary);
        Assert.Equal("Existing properties are: result", error.Detail);
        Assert.Equal("<no type>", D(result.Variables["h"]));
    }

    [Fact]
    public void An_unresolvable_function_is_an_error_and_stops_the_check()
    {
        var program = TypeCheckHarness.Program(
            [Project],
            variables: [("h", new InvokeExpr("std:index:sha257", ObjectExpr.From(("input", "x")), "result"))],
            outputs: [("bad", new Ref("proj", "nmae"))]);

        var error = Assert.Single(TypeCheckHarness.Analyse(program).Diagnostics);

        Assert.Equal("variables.h", error.Location);
        Assert.Equal("unable to find function \"std:index:sha257\" in resource provider \"std\"", error.Summary);
    }

    [Fact]
    public void Tokens_resolve_like_pulumi_yaml_and_messages_use_the_canonical_token()
    {
        var result = TypeCheckHarness.Analyse(TypeCheckHarness.Program(
            [new GenericResource("short", "vercel:index:Project", ObjectExpr.From(("nmae", "x")))],
            variables: [("h", new InvokeExpr("std:sha256", ObjectExpr.From(("input", "x")), "result"))]));

        Assert.Equal("string", D(result.Variables["h"]));
        Assert.Equal($"Property nmae does not exist on '{VercelProject}'", Assert.Single(result.Errors).Summary);
    }

    [Fact]
    public void An_unknown_invoke_argument_is_only_a_warning()
    {
        var result = TypeCheckHarness.Analyse(TypeCheckHarness.Program(variables: [("h", new InvokeExpr(Sha256, ObjectExpr.From(("inptu", "x")), "result"))]));

        Assert.Empty(result.Errors);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal("variables.h", warning.Location);
        Assert.Equal($"inptu does not exist on Invoke {Sha256}", warning.Summary);
        Assert.Equal("Existing fields are: input", warning.Detail);
    }

    [Fact]
    public void A_config_key_has_its_declared_type()
    {
        ConfigDeclaration[] config = [new("s"), new("i", "integer"), new("b", "Boolean"), new("l", "List<String>"), new("o", "object"), new("a", "array"), new("n", "number")];

        var result = TypeCheckHarness.Analyse(TypeCheckHarness.Program(
            config: config,
            outputs: [.. config.Select(c => (c.Name, (Expr)new Ref(c.Name))), ("key", new Ref("o", "anything"))]));

        Assert.Equal(
            ["string", "integer", "boolean", "List<string>", "Map<any>", "Invalid", "number", "any"],
            [.. new[] { "s", "i", "b", "l", "o", "a", "n", "key" }.Select(k => D(result.Outputs[k]))]);
    }

    [Fact]
    public void A_stack_reference_output_is_any_and_fits_an_integer_input()
    {
        var reference = new StackReference("ref", "org/p/prod");
        var domain = new GenericResource("domain", "vercel:index/projectDomain:ProjectDomain", ObjectExpr.From(
            ("domain", "d"), ("projectId", "p"), ("redirectStatusCode", reference.Output("status").Ref)));

        var result = TypeCheckHarness.Analyse(TypeCheckHarness.Program(
            [reference, domain],
            outputs: [("x", reference.Output("x").Ref), ("key", new Ref("ref", "outputs[\"k\"]")), ("all", new Ref("ref", "outputs"))]));

        Assert.Empty(result.Diagnostics);
        Assert.Equal(["any", "any", "Map<any>"], [D(result.Outputs["x"]), D(result.Outputs["key"]), D(result.Outputs["all"])]);
    }

    [Fact]
    public void A_secret_keeps_its_type_and_join_and_toJSON_are_strings()
    {
        var types = Outputs(
            [Project],
            ("number", new SecretExpr(1)),
            ("output", new SecretExpr(new Ref("proj", "name"))),
            ("list", new SecretExpr(ListExpr.Of(true))),
            ("join", new JoinExpr(",", ListExpr.Of("a", 1))),
            ("json", new ToJsonExpr(ObjectExpr.From(("a", 1)))));

        Assert.Equal(["number", "string", "List<boolean>", "string", "string"], [types["number"], types["output"], types["list"], types["join"], types["json"]]);
    }

    [Fact]
    public void A_string_asset_is_an_asset_and_an_asset_archive_an_archive()
    {
        var asset = new StringAssetExpr("export const handler = () => `${1}`;\n");
        var types = Outputs(("asset", asset), ("archive", AssetArchiveExpr.Of(("index.mjs", asset))));

        Assert.Equal(["asset", "archive"], [types["asset"], types["archive"]]);
    }

    [Fact]
    public void A_select_is_its_lists_element_type_and_wants_an_integer_index()
    {
        var result = TypeCheckHarness.Analyse(TypeCheckHarness.Program(
            [Project],
            variables: [("index", Infra.Providers.Std.StdFunctions.ParseInt("0"))],
            outputs: [("picked", new SelectExpr(new Ref("index"), ListExpr.Of(new Ref("proj", "name")))), ("byText", new SelectExpr("0", ListExpr.Of("a")))]));

        Assert.Equal("string", D(result.Outputs["picked"]));
        Assert.Contains("outputs.byText", Assert.Single(result.Diagnostics).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_takes_a_number_index_and_a_map_a_string_key()
    {
        var result = TypeCheckHarness.Analyse(TypeCheckHarness.Program(
            [new GenericResource("pw", "random:index/randomPassword:RandomPassword", ObjectExpr.From(("length", 8)))],
            variables: [("groups", new InvokeExpr(PermissionGroups, ObjectExpr.From(("accountId", "a")), "results"))],
            outputs: [("first", new Ref("groups", "[0].id")), ("keeper", new Ref("pw", "keepers[\"rotation\"]")), ("dotted", new Ref("pw", "keepers.rotation"))]));

        Assert.Empty(result.Diagnostics);
        Assert.Equal(["string", "string", "string"], [D(result.Outputs["first"]), D(result.Outputs["keeper"]), D(result.Outputs["dotted"])]);
    }

    [Fact]
    public void A_wrong_index_is_an_error()
    {
        var result = TypeCheckHarness.Analyse(TypeCheckHarness.Program(
            [Project, new GenericResource("pw", "random:index/randomPassword:RandomPassword", ObjectExpr.From(("length", 8)))],
            variables: [("groups", new InvokeExpr(PermissionGroups, ObjectExpr.From(("accountId", "a")), "results"))],
            outputs: [("byKey", new Ref("groups", "[\"a\"]")), ("byNumber", new Ref("pw", "keepers[0]")), ("object", new Ref("proj", "[0]"))]));

        Assert.Equal(
            [
                "outputs.byKey: Cannot index via string into 'groups' (type List<cloudflare:index/getAccountApiTokenPermissionGroupsListResult:getAccountApiTokenPermissionGroupsListResult>)\n    Index via string is only allowed on Maps",
                "outputs.byNumber: Cannot index via number into 'pw.keepers' (type Map<string>)\n    Index via number is only allowed on Arrays",
                $"outputs.object: Cannot index into 'proj' (type {VercelProject})\n    Index property access is only allowed on Maps and Lists",
            ],
            result.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void A_map_property_access_returns_the_element_type_and_ignores_the_rest_of_the_path()
    {
        // analyser.go:997-998: upstream returns at the map, so `.rotation.more.path` is never looked at.
        var result = TypeCheckHarness.Analyse(TypeCheckHarness.Program(
            [new GenericResource("pw", "random:index/randomPassword:RandomPassword", ObjectExpr.From(("length", 8)))],
            outputs: [("deep", new Ref("pw", "keepers.rotation.more.path"))]));

        Assert.Empty(result.Diagnostics);
        Assert.Equal("string", D(result.Outputs["deep"]));
    }

    [Fact]
    public void An_interpolation_with_text_is_a_string_whose_references_are_not_checked()
    {
        var result = TypeCheckHarness.Analyse(TypeCheckHarness.Program(
            [Project],
            outputs: [("url", Interpolation.Of("https://", new Ref("proj", "nmae"), "/")), ("alone", Interpolation.Of(new Ref("proj", "nmae")))]));

        Assert.Equal("string", D(result.Outputs["url"]));

        // Exactly one reference and no text is written "${proj.nmae}": a symbol, so it is checked.
        Assert.Equal("outputs.alone", Assert.Single(result.Errors).Location);
    }

    [Fact]
    public void The_pulumi_builtin_has_string_properties_and_nothing_else()
    {
        var result = TypeCheckHarness.Analyse(TypeCheckHarness.Program(outputs: [("stack", new Ref("pulumi", "stack")), ("bad", new Ref("pulumi", "foo"))]));

        Assert.Equal("string", D(result.Outputs["stack"]));
        var error = Assert.Single(result.Errors);
        Assert.Equal("foo does not exist on pulumi", error.Summary);
        Assert.Equal("Existing properties are: cwd, stack, project, organization, rootDirectory", error.Detail);
    }

    [Fact]
    public void Property_access_distributes_over_a_bare_union_but_not_over_an_optional_one()
    {
        var a = new ObjectType("tk:index:A", [new TypeProperty("v", StringType)]);
        var b = new ObjectType("tk:index:B", [new TypeProperty("v", NumberType)]);
        var errors = new List<string>();
        SchemaType Access(SchemaType root, string path) =>
            PropertyAccess.Type(root, "x", [new PathName(path)], (summary, detail) =>
            {
                errors.Add(summary + "\n" + detail);
                return new InvalidType();
            });

        Assert.Equal("Union<string, number>", Access(new UnionType([a, b]), "v").Display);
        Assert.Empty(errors);

        Assert.IsType<InvalidType>(Access(new OptionalType(new UnionType([a, b])), "v"));
        Assert.Equal("cannot access a property on 'x' (type Union<tk:index:A, tk:index:B>)\nProperty access is only allowed on Resources and Objects", Assert.Single(errors));

        errors.Clear();
        Assert.IsType<InvalidType>(Access(new UnionType([a, StringType]), "v"));
        Assert.Equal(
            "Cannot access into x of type Union<tk:index:A, string>\n'x' could be a type that does not support accessing:\n  string: cannot access a property on 'x' (type string)",
            Assert.Single(errors));
    }

    [Fact]
    public void A_name_nobody_declares_is_an_error_that_stops_the_check()
    {
        var program = new ProgramGraph("p", [], [], [new Variable("v", new Ref("nope")), new Variable("w", new Ref("pulumi", "foo"))], [], []);

        var error = Assert.Single(TypeCheckHarness.Analyse(program).Diagnostics);

        Assert.Equal("resource, variable, or config value \"nope\" not found", error.Summary);
    }

    private static string D(SchemaType? type) => type?.Display ?? "<no type>";

    private static InvokeExpr Sha256Of(string input, string? returnField) => new(Sha256, ObjectExpr.From(("input", input)), returnField);

    private static InvokeExpr SlackInvoke() =>
        new(SlackLookup, ObjectExpr.From(("name", "example"), ("organization", "example"), ("providerKey", "slack")));

    private static Dictionary<string, string> Outputs(params (string Name, Expr Value)[] outputs) => Outputs([], outputs);

    private static Dictionary<string, string> Outputs(Resource[] resources, params (string Name, Expr Value)[] outputs)
    {
        var result = TypeCheckHarness.Analyse(TypeCheckHarness.Program(resources, outputs: outputs));
        Assert.Empty(result.Diagnostics);
        return result.Outputs.ToDictionary(o => o.Key, o => D(o.Value), StringComparer.Ordinal);
    }
}
