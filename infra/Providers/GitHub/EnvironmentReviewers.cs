using Infra.Expressions;

namespace Infra.Providers.GitHub;

/// <summary>An environment's required reviewers (<c>RepositoryEnvironmentReviewer</c>): user and team ids, integers.</summary>
public sealed record EnvironmentReviewers(IReadOnlyList<Input<long>> Users) : IInputObject
{
    public IReadOnlyList<Input<long>>? Teams { get; init; }

    public ObjectExpr ToExpr() => new ObjectBuilder()
        .Add("users", Users)
        .Add("teams", Teams)
        .Build();
}
