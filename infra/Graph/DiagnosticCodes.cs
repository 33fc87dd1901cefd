namespace Infra.Graph;

/// <summary>The codes of the program graph's own checks.</summary>
public static class DiagnosticCodes
{
    public const string DuplicateName = "INF001";
    public const string UnknownReference = "INF002";
    public const string Cycle = "INF003";
    public const string InvalidName = "INF004";
    public const string UnpinnedPackage = "INF005";
    public const string OwnPin = "INF006";
    public const string SensitiveInDevelopment = "INF101";
    public const string NoTargets = "INF102";
    public const string SlackChannelWithoutId = "INF203";
    public const string RuleNameTooLong = "INF204";
    public const string ReleaseBranchPreview = "INF205";
    public const string DatabaseCheckLeftOut = "INF207";
    public const string SlackTeamMissing = "INF206";
}
