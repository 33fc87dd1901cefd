namespace Infra.Components;

/// <summary>A Vercel deployment environment an environment variable applies to.</summary>
public enum VercelTarget
{
    Production,
    Preview,
    Development,
}
