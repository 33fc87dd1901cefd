using Infra.Graph;
using Infra.Stacks.Composition;
using Infra.Tests.Support;
using Xunit;

namespace Infra.Tests.Conformance.TypeCheck;

/// <summary>
/// Every program the stacks can produce passes pulumi-yaml's type checker (as modelled offline by
/// <see cref="PulumiYamlTypeChecker"/>) plus the Infra rules: no type errors.
/// </summary>
public sealed class TypeCheckConformanceTests
{
    [Theory]
    [InlineData("prod")]
    [InlineData("staging")]
    public void The_stack_has_no_type_errors(string stack) => AssertNoErrors(TestStacks.Program(stack));

    [Theory]
    [MemberData(nameof(Variants.Names), MemberType = typeof(Variants))]
    public void Every_variant_has_no_type_errors(string variant) => AssertNoErrors(TestStacks.Program(Variants.Get(variant)));

    [Fact]
    public void A_pull_request_program_has_no_type_errors() => AssertNoErrors(TestStacks.Preview(42, "feature/login"));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_bootstrap_program_has_no_type_errors(bool createOidcProvider) =>
        AssertNoErrors(BootstrapFixture.Program(t => createOidcProvider ? t + "    oidcProvider: create\n" : t));

    [Fact]
    public void The_discovery_program_has_no_type_errors() => AssertNoErrors(StackComposer.Discovery(TestStacks.Project).Program!);

    private static void AssertNoErrors(ProgramGraph program)
    {
        var errors = TypeCheckHarness.Checker(TypeCheckOptions.WithInfraRules).Check(program).Where(d => d.IsError).ToList();

        Assert.True(errors.Count == 0, "type errors:\n" + string.Join("\n", errors));
    }
}
