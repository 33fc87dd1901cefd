namespace Infra.Tests.Conformance.TypeCheck;

/// <summary>
/// One finding of the type checker. <see cref="Location"/> is a resource name, <c>variables.&lt;name&gt;</c>,
/// <c>outputs.&lt;name&gt;</c> or <c>config.&lt;name&gt;</c>; <see cref="Summary"/> and <see cref="Detail"/> are
/// pulumi-yaml's texts. <see cref="Rule"/> says whether pulumi-yaml reports it or only an Infra rule does.
/// </summary>
internal sealed record TypeDiagnostic(TypeSeverity Severity, string Location, string Summary, string Detail, TypeRule Rule = TypeRule.PulumiYaml)
{
    public bool IsError => Severity == TypeSeverity.Error;

    /// <summary><c>location: summary</c>, then the detail lines indented; Infra-only findings are tagged.</summary>
    public override string ToString()
    {
        var tag = Rule == TypeRule.PulumiYaml ? "" : $"[{Rule}] ";
        var head = $"{Location}: {tag}{(Severity == TypeSeverity.Warning ? "warning: " : "")}{Summary}";
        return Detail.Length == 0
            ? head
            : head + "\n" + string.Join("\n", Detail.Split('\n').Select(line => "    " + line));
    }
}
