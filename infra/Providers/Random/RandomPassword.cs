using Infra.Expressions;
using Infra.Model;

namespace Infra.Providers.Random;

/// <summary>
/// <c>random:index/randomPassword:RandomPassword</c>: a generated secret (its <c>result</c> is secret).
/// Changing a keeper generates a new value: that is how a secret is rotated.
/// </summary>
public sealed record RandomPassword(string Name, Input<long> Length) : Resource(Name), ISummarized
{
    public override string Type => "random:index/randomPassword:RandomPassword";

    public Input<bool>? Special { get; init; }

    public Input<bool>? Upper { get; init; }

    public Input<bool>? Lower { get; init; }

    public Input<bool>? Numeric { get; init; }

    /// <summary>The special characters to draw from instead of the provider's default set.</summary>
    public Input<string>? OverrideSpecial { get; init; }

    public IReadOnlyDictionary<string, Input<string>>? Keepers { get; init; }

    public Output<string> Result => Output<string>("result");

    public IReadOnlyList<string> SummaryKeys { get; } = ["length", "keepers"];

    public override ObjectExpr Inputs() => new ObjectBuilder()
        .Add("length", Length)
        .Add("special", Special)
        .Add("upper", Upper)
        .Add("lower", Lower)
        .Add("numeric", Numeric)
        .Add("overrideSpecial", OverrideSpecial)
        .Add("keepers", Keepers is null ? null : ObjectExpr.Of(Keepers.Select(k => new KeyValuePair<string, Expr>(k.Key, k.Value.Expr))))
        .Build();
}
