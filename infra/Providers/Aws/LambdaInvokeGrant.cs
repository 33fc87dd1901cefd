using Infra.Expressions;
using Infra.Model;

namespace Infra.Providers.Aws;

/// <summary><c>aws:lambda/permission:Permission</c>: lets one service principal, from one source, invoke a function.</summary>
public sealed record LambdaInvokeGrant(string Name, Input<string> Function, Input<string> Principal, Input<string> SourceArn) : Resource(Name), ISummarized
{
    public override string Type => "aws:lambda/permission:Permission";

    public Input<string>? Region { get; init; }

    public IReadOnlyList<string> SummaryKeys { get; } = ["principal"];

    public override ObjectExpr Inputs() => new ObjectBuilder()
        .Add("function", Function)
        .Add("action", (Expr)"lambda:InvokeFunction")
        .Add("principal", Principal)
        .Add("sourceArn", SourceArn)
        .Add("region", Region)
        .Build();
}
