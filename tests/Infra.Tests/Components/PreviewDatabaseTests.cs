using Infra.Components;
using Infra.Expressions;
using Infra.Graph;
using Infra.Providers.Neon;
using Infra.Providers.Vercel;
using Infra.Tests.Support;
using Xunit;

namespace Infra.Tests.Components;

/// <summary>
/// A pull request's database in the program graph (the tests' own project): the pooled host from the
/// endpoint's own host, URIs with TLS and a connect timeout, and a password that cannot be empty.
/// </summary>
public sealed class PreviewDatabaseTests
{
    private static readonly Lazy<ProgramGraph> Pr = new(() => FixturePrograms.Preview(7, "feature/search").Program!);

    private static Expr Value(string name) => Pr.Value.Variables.Single(v => v.Name == name).Value;

    private static Interpolation Uri(string key) =>
        (Interpolation)((SecretExpr)Pr.Value.Resources.OfType<ProjectEnvironmentVariable>().Single(v => v.Inputs()["key"] == new StringLit(key)).Inputs()["value"]!).Value;

    [Fact]
    public void The_pooled_host_is_the_endpoints_host_with_pooler_after_its_first_label()
    {
        var replace = Assert.IsType<InvokeExpr>(Value("neon-pooler-host"));

        Assert.Equal("std:index:replace", replace.Function);
        Assert.Equal(new Ref("neon-endpoint", "host"), replace.Arguments["text"]);
        Assert.Equal(new StringLit("/^([^.]+)\\./"), replace.Arguments["search"]);
        Assert.Equal(new StringLit("$1-pooler."), replace.Arguments["replace"]);
        Assert.Contains(new Ref("neon-pooler-host"), Uri("DATABASE_URL").Parts);
    }

    [Fact]
    public void Nothing_reads_the_deprecated_proxy_host_or_enables_the_endpoints_pooler()
    {
        var everything = Pr.Value.Resources.SelectMany(r => r.Inputs().Walk())
            .Concat(Pr.Value.Variables.SelectMany(v => v.Value.Walk()))
            .Concat(Pr.Value.Outputs.SelectMany(o => o.Value.Walk()));

        Assert.DoesNotContain(everything.OfType<Ref>(), r => r.Path.StartsWith("proxyHost", StringComparison.Ordinal));
        Assert.All(Pr.Value.Resources.OfType<Endpoint>(), e => Assert.Null(e.Inputs()["poolerEnabled"]));
    }

    [Theory]
    [InlineData("DATABASE_URL")]
    [InlineData("DIRECT_URL")]
    public void Both_uris_require_tls_and_wait_fifteen_seconds_for_a_cold_compute(string key)
    {
        var last = Assert.IsType<StringLit>(Uri(key).Parts[^1]);

        Assert.Equal("?sslmode=require&connect_timeout=15", last.Value);
    }

    [Theory]
    [InlineData("DATABASE_URL")]
    [InlineData("DIRECT_URL")]
    public void Both_uris_use_the_checked_password_never_the_raw_lookup(string key)
    {
        Assert.Contains(new Ref("neon-password-verified"), Uri(key).Parts);
        Assert.DoesNotContain(new Ref("neon-password"), Uri(key).Parts);
    }

    [Fact]
    public void The_checked_password_is_selected_by_a_check_that_fails_on_an_empty_password()
    {
        var select = Assert.IsType<SelectExpr>(Value("neon-password-verified"));
        Assert.Equal(new Ref("neon-password-check"), select.Index);
        Assert.Equal(ListExpr.Of(new Ref("neon-password")), select.Values);

        var parse = Assert.IsType<InvokeExpr>(Value("neon-password-check"));
        var messageIfEmpty = Assert.IsType<InvokeExpr>(parse.Arguments["input"]);
        var zeroOrEmpty = Assert.IsType<InvokeExpr>(messageIfEmpty.Arguments["text"]);
        Assert.Equal("std:index:parseint", parse.Function);
        Assert.Equal(("std:index:replace", "/^$/", PreviewDatabase.EmptyPasswordMessage), (messageIfEmpty.Function, ((StringLit)messageIfEmpty.Arguments["search"]!).Value, ((StringLit)messageIfEmpty.Arguments["replace"]!).Value));
        Assert.Equal(("std:index:replace", new Ref("neon-password"), "/(?s)^.+$/", "0"), (zeroOrEmpty.Function, zeroOrEmpty.Arguments["text"], ((StringLit)zeroOrEmpty.Arguments["search"]!).Value, ((StringLit)zeroOrEmpty.Arguments["replace"]!).Value));
    }

    [Fact]
    public void The_password_is_read_once_the_endpoint_is_up()
    {
        var lookup = Assert.IsType<InvokeExpr>(Value("neon-password"));

        Assert.Equal(new Ref("neon-endpoint", "branchId"), lookup.Arguments["branchId"]);
    }
}
