namespace Infra.Tests.Conformance.TypeCheck;

/// <summary>
/// <c>schema.TokenType</c>: a <c>$ref</c> to a type the package does not define (the AWS schema's ARN types such as
/// <c>aws:sns/topic:Topic</c>), acting like its underlying primitive, or like Any without one.
/// </summary>
internal sealed class TokenType(string token, SchemaType? underlying) : SchemaType
{
    public string Token { get; } = token;

    public SchemaType? Underlying { get; } = underlying;
}
