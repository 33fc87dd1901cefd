namespace Infra.Tests.Support;

/// <summary>Finds the repository (the directory with Infra.sln) and the provider schemas beside it.</summary>
internal static class RepoPaths
{
    public const string SchemasVariable = "INFRA_PROVIDER_SCHEMAS";

    public static string Root { get; } = FindRoot();

    public static string Baselines => Path.Combine(Root, "tests", "Infra.Tests", "Baselines");

    /// <summary>The five planning documents' apps, declared with settings only (one project each).</summary>
    public static string SeedApps => Path.Combine(Root, "tests", "Infra.Tests", "Fixtures", "seeds");

    /// <summary>
    /// The tests' own project (<c>orbit-infra</c>): a <c>Pulumi.yaml</c> and stack files as rich as the
    /// example's. Tests read these; only RepositoryStacksTests reads the root stack files (a fork rewrites those).
    /// </summary>
    public static string FixtureProject => Path.Combine(Root, "tests", "Infra.Tests", "Fixtures", "full");

    /// <summary>The schema directory: $INFRA_PROVIDER_SCHEMAS, else ../shared/provider-schemas; null when neither exists.</summary>
    public static string? Schemas
    {
        get
        {
            var fromEnv = Environment.GetEnvironmentVariable(SchemasVariable);
            if (!string.IsNullOrEmpty(fromEnv))
            {
                return Directory.Exists(fromEnv) ? fromEnv : null;
            }

            var beside = Path.GetFullPath(Path.Combine(Root, "..", "shared", "provider-schemas"));
            return Directory.Exists(beside) ? beside : null;
        }
    }

    public static string SchemasMissingMessage =>
        Environment.GetEnvironmentVariable(SchemasVariable) is { Length: > 0 } given
            ? $"provider schemas not found: {SchemasVariable} is {given}, which is not a directory; point it at a provider-schemas directory"
            : $"provider schemas not found: set {SchemasVariable} or place them at {Path.GetFullPath(Path.Combine(Root, "..", "shared", "provider-schemas"))}";

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Infra.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Infra.sln not found above " + AppContext.BaseDirectory);
    }
}
