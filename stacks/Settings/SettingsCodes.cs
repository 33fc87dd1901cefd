namespace Infra.Stacks.Settings;

/// <summary>The codes of settings problems.</summary>
public static class SettingsCodes
{
    public const string Syntax = "SET001";
    public const string NoSettings = "SET002";
    public const string Missing = "SET003";
    public const string Invalid = "SET004";
    public const string Unknown = "SET005";
    public const string WrongShape = "SET006";
    public const string NotEncrypted = "SET007";
    public const string ProviderConfig = "SET008";
}
