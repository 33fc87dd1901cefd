using Infra.Expressions;
using Infra.Model;

namespace Infra.Providers.Aws;

/// <summary><c>aws:lambda/function:Function</c>: a function whose code is an archive written into the program.</summary>
public sealed record LambdaFunction(string Name, Input<string> FunctionName, Input<string> Role, AssetArchiveExpr Code) : Resource(Name), ISummarized
{
    public override string Type => "aws:lambda/function:Function";

    public Input<string>? Region { get; init; }

    public Input<string>? Description { get; init; }

    /// <summary>A value of the schema's <c>aws:lambda/runtime:Runtime</c> enum, such as <c>nodejs22.x</c>.</summary>
    public required Input<string> Runtime { get; init; }

    /// <summary><c>file.export</c>: <c>index.handler</c> for <c>index.mjs</c>'s <c>handler</c>.</summary>
    public required Input<string> Handler { get; init; }

    public Input<long>? TimeoutSeconds { get; init; }

    public Input<long>? MemorySizeMb { get; init; }

    public IReadOnlyDictionary<string, Input<string>>? Environment { get; init; }

    /// <summary>The log group the function writes to (created beforehand, with a retention).</summary>
    public Input<string>? LogGroup { get; init; }

    public Output<string> Arn => Output<string>("arn");

    /// <summary>The function's name.</summary>
    public Output<string> FunctionNameOutput => Output<string>("name");

    public IReadOnlyList<string> SummaryKeys { get; } = ["name", "runtime", "region"];

    public override ObjectExpr Inputs() => new ObjectBuilder()
        .Add("name", FunctionName)
        .Add("role", Role)
        .Add("code", Code)
        .Add("region", Region)
        .Add("description", Description)
        .Add("runtime", Runtime)
        .Add("handler", Handler)
        .Add("timeout", TimeoutSeconds)
        .Add("memorySize", MemorySizeMb)
        .Add("environment", Environment is null ? null : ObjectExpr.From(("variables", AwsTags.ToExpr(Environment)!)))
        .Add("loggingConfig", LogGroup is { } group ? ObjectExpr.From(("logFormat", "Text"), ("logGroup", group.Expr)) : null)
        .Build();
}
