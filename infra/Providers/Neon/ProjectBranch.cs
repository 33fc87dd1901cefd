using Infra.Expressions;

namespace Infra.Providers.Neon;

/// <summary>The project's default branch as created with the project, with its role and database.</summary>
public sealed record ProjectBranch(Input<string> Name, Input<string> RoleName, Input<string> DatabaseName) : IInputObject
{
    public ObjectExpr ToExpr() => new ObjectBuilder()
        .Add("name", Name)
        .Add("roleName", RoleName)
        .Add("databaseName", DatabaseName)
        .Build();
}
