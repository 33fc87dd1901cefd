namespace Infra.Policies;

/// <summary>What kind of stack a program is for.</summary>
/// <param name="Production">Users reach it: its data must survive any change.</param>
/// <param name="Preview">A short-lived pull-request stack: destroying it must leave nothing behind.</param>
public sealed record PolicyContext(bool Production, bool Preview);
