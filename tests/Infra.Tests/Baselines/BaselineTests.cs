using Infra.Stacks.Cli;
using Infra.Stacks.Composition;
using Infra.Tests.Support;
using Infra.Writer;
using Xunit;

namespace Infra.Tests.Baselines;

/// <summary>The synthesized program of each stack, byte for byte (update with INFRA_UPDATE_BASELINES=1).</summary>
public sealed class BaselineTests
{
    [Theory]
    [InlineData("prod")]
    [InlineData("staging")]
    public void Stack_program_matches_its_baseline(string stack) =>
        Baseline.Match($"{stack}.yaml", PulumiYamlWriter.Write(TestStacks.Program(stack)));

    [Fact]
    public void The_better_stack_variant_of_prod_matches_its_baseline() =>
        Baseline.Match("prod-betterstack.yaml", PulumiYamlWriter.Write(TestStacks.Program(Variants.Get("prod-betterstack"))));

    [Fact]
    public void A_pull_request_program_matches_its_baseline() =>
        Baseline.Match("pr-42.yaml", PulumiYamlWriter.Write(TestStacks.Preview(42, "feature/login")));

    [Fact]
    public void Discovery_program_matches_its_baseline() =>
        Baseline.Match("discovery.yaml", PulumiYamlWriter.Write(StackComposer.Discovery(TestStacks.Project).Program!));

    [Fact]
    public void Prod_plan_matches_its_baseline() =>
        Baseline.Match("plan-prod.txt", PlanTable.Render(TestStacks.Program("prod"), "prod"));

    [Theory]
    [InlineData("prod")]
    [InlineData("staging")]
    public void Synthesis_is_deterministic(string stack) =>
        Assert.Equal(PulumiYamlWriter.Write(TestStacks.Program(stack)), PulumiYamlWriter.Write(TestStacks.Program(stack)));
}
