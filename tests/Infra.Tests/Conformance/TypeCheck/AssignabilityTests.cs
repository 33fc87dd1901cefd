using Infra.Expressions;
using Xunit;
using static Infra.Tests.Conformance.TypeCheck.PrimitiveType;

namespace Infra.Tests.Conformance.TypeCheck;

/// <summary>
/// One test per rule of <c>isAssignable</c> (pulumi-yaml <c>analyser.go:204-472</c>, v1.38.1),
/// asserting pulumi-yaml's exact failure text.
/// </summary>
public sealed class AssignabilityTests
{
    private const string GitRepository = "vercel:index/ProjectGitRepository:ProjectGitRepository";
    private const string CannedAcl = "aws:s3/cannedAcl:CannedAcl";

    private readonly ExpressionHarness _h = new();

    [Fact]
    public void Any_is_assignable_both_ways()
    {
        Assert.Null(_h.Check(AnyType, IntType));
        Assert.Null(_h.Check(ListExpr.Of("a", 1), AnyType));
        Assert.Null(_h.Check(AnyType, new ObjectType(GitRepository, [new TypeProperty("repo", StringType)])));
    }

    [Fact]
    public void Invalid_and_null_are_assignable_both_ways()
    {
        Assert.Null(_h.Check(NullLit.Instance, IntType));
        Assert.Null(_h.Check(new InvalidType(), BoolType));
        Assert.Null(_h.Check(new StringLit("x"), new InvalidType()));
    }

    [Fact]
    public void An_expression_without_a_recorded_type_is_an_internal_failure()
    {
        var failure = _h.Check(new AstNull(), StringType);

        Assert.NotNull(failure);
        Assert.True(failure.IsInternal);
        Assert.Equal("unable to find type", failure.ToString());
    }

    [Fact]
    public void A_union_source_must_fit_with_every_member()
    {
        Assert.Null(_h.Check(new UnionType([NumberType, IntType]), NumberType));

        var failure = _h.Check(new UnionType([StringType, NumberType]), NumberType);

        Assert.Equal("Cannot assign 'Union<string, number>' to 'number':\n  Cannot assign type 'string' to type 'number'", failure?.ToString());
    }

    [Fact]
    public void A_union_target_takes_any_member()
    {
        Assert.Null(_h.Check(new StringLit("x"), new UnionType([BoolType, StringType])));

        var failure = _h.Check(ListExpr.Of("a"), new UnionType([BoolType, StringType]));

        Assert.Equal(
            "Cannot assign 'List<string>' to 'Union<boolean, string>':\n  Cannot assign 'List<string>' to 'boolean'\n  Cannot assign 'List<string>' to 'string'",
            failure?.ToString());
    }

    [Fact]
    public void A_string_accepts_numbers_integers_booleans_and_resources_but_not_lists_or_objects()
    {
        var resource = new ResourceType("vercel:index/project:Project", new ResourceDefinition("vercel:index/project:Project", () => [], () => [], false));

        Assert.Null(_h.Check(new IntLit(3), StringType));
        Assert.Null(_h.Check(IntType, StringType));
        Assert.Null(_h.Check(new BoolLit(true), StringType));
        Assert.Null(_h.Check(resource, StringType));
        Assert.Equal("Cannot assign 'List<string>' to 'string'", _h.Check(ListExpr.Of("a"), StringType)?.ToString());
        Assert.Equal("Cannot assign '{a: string}' to 'string'", _h.Check(ObjectExpr.From(("a", "x")), StringType)?.ToString());
    }

    [Fact]
    public void Number_and_integer_are_interchangeable()
    {
        Assert.Null(_h.Check(new NumberLit(3.5), IntType));
        Assert.Null(_h.Check(IntType, NumberType));
        Assert.Equal("Cannot assign type 'string' to type 'integer'", _h.Check(new StringLit("3"), IntType)?.ToString());
    }

    [Fact]
    public void A_boolean_accepts_only_a_boolean()
    {
        Assert.Null(_h.Check(new BoolLit(false), BoolType));
        Assert.Equal("Cannot assign type 'string' to type 'boolean'", _h.Check(new StringLit("true"), BoolType)?.ToString());
        Assert.Equal("Cannot assign type 'number' to type 'boolean'", _h.Check(new IntLit(1), BoolType)?.ToString());
    }

    [Fact]
    public void An_asset_accepts_an_archive_and_an_archive_only_an_archive()
    {
        Assert.Null(_h.Check(ArchiveType, AssetType));
        Assert.Null(_h.Check(ArchiveType, ArchiveType));
        Assert.Equal("Cannot assign type 'asset' to type 'archive'", _h.Check(AssetType, ArchiveType)?.ToString());
        Assert.Equal("Cannot assign type 'string' to type 'asset'", _h.Check(new StringLit("f.zip"), AssetType)?.ToString());
    }

    [Fact]
    public void Json_accepts_only_json_or_any()
    {
        Assert.Null(_h.Check(JsonType, JsonType));
        Assert.Null(_h.Check(AnyType, JsonType));
        Assert.Equal("Cannot assign '{a: number}' to 'any'", _h.Check(ObjectExpr.From(("a", 1)), JsonType)?.ToString());
        Assert.Equal("Cannot assign type 'string' to type 'any'", _h.Check(new StringLit("{}"), JsonType)?.ToString());
    }

    [Fact]
    public void Lists_compare_element_types_and_a_scalar_is_not_a_list()
    {
        Assert.Null(_h.Check(ListExpr.Of(), new ArrayType(IntType)));
        Assert.Null(_h.Check(ListExpr.Of(1, 2), new ArrayType(StringType)));
        Assert.Equal(
            "Cannot assign 'List<string>' to 'List<integer>':\n  Cannot assign type 'string' to type 'integer'",
            _h.Check(ListExpr.Of("a"), new ArrayType(IntType))?.ToString());
        Assert.Equal("Cannot assign type 'string' to type 'List<string>'", _h.Check(new StringLit("a"), new ArrayType(StringType))?.ToString());
    }

    [Fact]
    public void A_map_accepts_a_map_or_an_object_and_reports_only_the_first_failing_property()
    {
        Assert.Null(_h.Check(new MapType(NumberType), new MapType(IntType)));
        Assert.Null(_h.Check(ObjectExpr.Empty, new MapType(IntType)));
        Assert.Equal(
            "Cannot assign '{a: string, b: boolean}' to 'Map<integer>':\n  a: Cannot assign type 'string' to type 'integer'",
            _h.Check(ObjectExpr.From(("a", "x"), ("b", true)), new MapType(IntType))?.ToString());
        Assert.Equal("Cannot assign type 'string' to type 'Map<string>'", _h.Check(new StringLit("x"), new MapType(StringType))?.ToString());
    }

    [Fact]
    public void A_resource_needs_the_same_token()
    {
        static ResourceType Resource(string token) => new(token, new ResourceDefinition(token, () => [], () => [], false));

        Assert.Null(_h.Check(Resource("vercel:index/project:Project"), Resource("vercel:index/project:Project")));
        Assert.Equal(
            "Cannot assign 'vercel:index/project:Project' to 'neon:index/project:Project'",
            _h.Check(Resource("vercel:index/project:Project"), Resource("neon:index/project:Project"))?.ToString());
        Assert.Equal("Cannot assign type 'string' to type 'neon:index/project:Project'", _h.Check(new StringLit("p"), Resource("neon:index/project:Project"))?.ToString());
    }

    [Fact]
    public void A_token_type_acts_like_its_underlying_type()
    {
        var topic = TypeCheckHarness.Bind("aws", """{"type": "string", "$ref": "#/types/aws:sns/topic:Topic"}""");

        Assert.Equal("aws:sns/topic:Topic<type = string>", topic.Display);
        Assert.Null(_h.Check(new StringLit("arn:aws:sns:us-east-1:1:t"), topic));
        Assert.Equal(
            "Cannot assign 'aws:sns/topic:Topic<type = string>' to 'integer'. 'aws:sns/topic:Topic<type = string>' is a Token Type. Token types act like their underlying type:\n  Cannot assign type 'string' to type 'integer'",
            _h.Check(topic, IntType)?.ToString());
        Assert.Null(_h.Check(ListExpr.Of(1), new TokenType("x:index:Opaque", null)));
    }

    [Fact]
    public void An_enum_checks_the_element_type_then_the_value_of_a_literal()
    {
        var acl = TypeCheckHarness.Bind("aws", $$"""{"$ref": "#/types/{{CannedAcl}}"}""");

        Assert.Null(_h.Check(new StringLit("private"), acl));

        // The element type first, with no sub-reason; a boolean passes it (it coerces to string) and is no literal string.
        Assert.Equal($"Cannot assign 'List<string>' to '{CannedAcl}'", _h.Check(ListExpr.Of("private"), acl)?.ToString());
        Assert.Null(_h.Check(new BoolLit(true), acl));
        var failure = _h.Check(new StringLit("privat"), acl)?.ToString();
        Assert.Equal(
            $"Cannot assign type 'string' to type '{CannedAcl}':\n  Allowed values are Private (\"private\"), PublicRead (\"public-read\"), PublicReadWrite (\"public-read-write\"), AwsExecRead (\"aws-exec-read\"), AuthenticatedRead (\"authenticated-read\"), BucketOwnerRead (\"bucket-owner-read\"), BucketOwnerFullControl (\"bucket-owner-full-control\"), LogDeliveryWrite (\"log-delivery-write\")",
            failure);
    }

    [Fact]
    public void An_enum_passes_any_value_that_is_not_a_literal()
    {
        var acl = TypeCheckHarness.Bind("aws", $$"""{"$ref": "#/types/{{CannedAcl}}"}""");

        Assert.Null(_h.Check(StringType, acl));
        Assert.Null(_h.Check(Interpolation.Of("priv", new Ref("cfg")), acl));
    }

    [Fact]
    public void A_number_literal_against_an_integer_enum_is_only_an_internal_failure()
    {
        var level = new EnumType("tk:index:Level", IntType, [new EnumValue("Low", 1), new EnumValue("High", 2)]);

        var failure = _h.Check(new IntLit(1), level);

        Assert.NotNull(failure);
        Assert.True(failure.IsInternal);
        Assert.Equal("Cannot assign type 'number' to type 'tk:index:Level':\n  schema enum value was type []*schema.Enum but a float64 was expected", failure.ToString());
    }

    [Fact]
    public void An_internal_failure_is_reported_as_a_warning_and_a_real_one_as_an_error()
    {
        var level = new EnumType("tk:index:Level", IntType, [new EnumValue("Low", 1)]);
        var assertion = new TypeAssertion(_h.Types, _h.Sink);

        assertion.Assert(_h.Typed(new IntLit(1)), level);
        assertion.Assert(_h.Typed(new StringLit("x")), IntType);

        Assert.Equal(
            [
                "warning: internal error: tk:index:Level is not assignable from number",
                "Cannot assign type 'string' to type 'integer'",
            ],
            _h.Sink.Diagnostics.Select(d => d.IsError ? d.Detail : "warning: " + d.Summary));
    }

    [Fact]
    public void An_enum_typed_output_does_not_fit_a_string()
    {
        var acl = TypeCheckHarness.Bind("aws", $$"""{"$ref": "#/types/{{CannedAcl}}"}""");

        Assert.Equal($"Cannot assign '{CannedAcl}' to 'string'", _h.Check(acl, StringType)?.ToString());
    }

    [Fact]
    public void An_object_reports_every_missing_required_and_unknown_property()
    {
        var repo = TypeCheckHarness.Bind("vercel", $$"""{"$ref": "#/types/{{GitRepository}}"}""");

        var failure = _h.Check(ObjectExpr.From(("repo", "a/b"), ("branch", "main")), repo);

        Assert.NotNull(failure);
        Assert.Equal("", failure.Summary);
        Assert.Equal(
            $"Cannot assign '{{branch: string, repo: string}}' to '{GitRepository}':\n  type: Missing required property 'type'\n  Existing properties are: repo, type, deployHooks, productionBranch",
            failure.ToString());
    }

    [Fact]
    public void A_single_unknown_property_becomes_the_summary()
    {
        var repo = TypeCheckHarness.Bind("vercel", $$"""{"$ref": "#/types/{{GitRepository}}"}""");

        var failure = _h.Check(ObjectExpr.From(("repo", "a/b"), ("type", "github"), ("repoo", "x")), repo);

        Assert.Equal($"Property repoo does not exist on '{GitRepository}'", failure?.Summary);
        Assert.Equal($"Cannot assign '{{repo: string, repoo: string, type: string}}' to '{GitRepository}':\n  Existing properties are: repo, type, deployHooks, productionBranch", failure?.ToString());
    }

    [Fact]
    public void Nested_object_literals_are_checked_through_their_own_values_but_list_elements_by_type_only()
    {
        var acl = TypeCheckHarness.Bind("aws", $$"""{"$ref": "#/types/{{CannedAcl}}"}""");
        var inner = new ObjectType("tk:index:Inner", [new TypeProperty("acl", acl)]);
        var outer = new ObjectType("tk:index:Outer", [new TypeProperty("inner", inner), new TypeProperty("items", new OptionalType(new ArrayType(inner)))]);

        var nested = _h.Check(ObjectExpr.From(("inner", ObjectExpr.From(("acl", "privat")))), outer)?.ToString();
        var inList = _h.Check(ObjectExpr.From(("inner", ObjectExpr.From(("acl", "private"))), ("items", ListExpr.Of(ObjectExpr.From(("acl", "privat"))))), outer);

        Assert.StartsWith(
            "Cannot assign '{inner: {acl: string}}' to 'tk:index:Outer':\n  inner: Cannot assign '{acl: string}' to 'tk:index:Inner':\n    acl: Cannot assign type 'string' to type 'aws:s3/cannedAcl:CannedAcl':\n      Allowed values are Private (\"private\")",
            nested);
        Assert.Null(inList);
    }

    [Fact]
    public void A_map_fits_an_object_when_its_element_fits_every_property_and_nothing_else_is_checked()
    {
        var repo = TypeCheckHarness.Bind("vercel", $$"""{"$ref": "#/types/{{GitRepository}}"}""");

        var strings = new ObjectType("tk:index:Strings", [new TypeProperty("a", StringType), new TypeProperty("b", new OptionalType(StringType))]);

        Assert.Null(_h.Check(new MapType(StringType), strings));
        Assert.Equal(
            "Cannot assign 'Map<List<string>>' to 'tk:index:Strings':\n  a: Cannot assign 'List<string>' to 'string'\n  b: Cannot assign 'List<string>' to 'string'",
            _h.Check(new MapType(new ArrayType(StringType)), strings)?.ToString());
        Assert.Equal(
            $"Cannot assign 'Map<boolean>' to '{GitRepository}':\n  deployHooks: Cannot assign type 'boolean' to type 'List<vercel:index/ProjectGitRepositoryDeployHook:ProjectGitRepositoryDeployHook>'",
            _h.Check(new MapType(BoolType), repo)?.ToString());
    }
}
