using Infra.Components;

namespace Infra.Stacks.Settings.Catalog;

/// <summary>The app's environment variables as data (<c>env.*</c>); each map's keys are variable names.</summary>
public static class EnvKeys
{
    /// <summary>The JSON Schema of a variable's targets: a list or comma-separated text.</summary>
    private const string TargetsSchema = """{ "anyOf": [ { "type": "array", "items": { "enum": ["production", "preview", "development"] }, "minItems": 1 }, { "type": "string" } ], "description": "production, preview, development" }""";

    private const string BranchSchema = """{ "type": "string", "description": "the Git branch a preview-only variable is scoped to (targets: [preview])" }""";

    public static Setting Catalog { get; } = new("env.catalog", SettingKind.Map,
        Rules.OneOf(EnvCatalog.All.Select(v => v.Key), "a variable of Infra's catalog"),
        "changes to Infra's own variables (see *Environment variables*), by catalog name: `off` (not sent), a new name the app reads (`R2_PUBLIC_URL: R2_PUBLIC_CDN_URL`), or `{name, targets}` to rename and retarget. Sensitivity never changes: it comes from the catalog")
    {
        Example = "NEXTAUTH_URL: off",
        DefaultDoc = "none: every catalog variable under its own name",
        ItemSchema = $$"""{ "anyOf": [ { "type": "string", "pattern": "^(off|false|[A-Z][A-Z0-9_]{0,99})$" }, { "const": false }, { "type": "object", "properties": { "name": { "type": "string", "pattern": "{{Allowed.EnvKeyRegex}}" }, "targets": {{TargetsSchema}}, "off": { "enum": [true, false, "true", "false"] } }, "additionalProperties": false } ] }""",
    };

    public static Setting Plain { get; } = new("env.plain", SettingKind.Map, EnvName(),
        "plain (not sensitive) values the app reads: `EMAIL_FROM: no-reply@example.com`, or `{value, targets, branch}`. An encrypted value is refused here: it belongs in `env.secrets`")
    {
        Example = "EMAIL_FROM: no-reply@example.com",
        DefaultDoc = "none",
        ItemSchema = $$"""{ "anyOf": [ { "type": ["string", "number", "boolean"] }, { "type": "object", "properties": { "value": { "type": ["string", "number", "boolean"] }, "targets": {{TargetsSchema}}, "branch": {{BranchSchema}} }, "required": ["value"], "additionalProperties": false } ] }""",
    };

    public static Setting Secrets { get; } = new("env.secrets", SettingKind.Map, EnvName(),
        "secrets passed through from encrypted stack config (sensitive): `OPENAI_API_KEY: true` reads the secret config key of the same name, `STRIPE_KEY: STRIPE_LIVE_KEY` another one, or `{config, targets, branch}`. Each config key must be set with `pulumi config set --secret`")
    {
        Example = "STRIPE_SECRET_KEY: true",
        DefaultDoc = "none",
        ItemSchema = $$"""{ "anyOf": [ { "enum": [true, "true"] }, { "type": "string", "pattern": "{{Allowed.EnvKeyRegex}}" }, { "type": "object", "properties": { "config": { "type": "string", "pattern": "{{Allowed.EnvKeyRegex}}" }, "targets": {{TargetsSchema}}, "branch": {{BranchSchema}} }, "additionalProperties": false } ] }""",
    };

    public static Setting Generated { get; } = new("env.generated", SettingKind.Map, EnvName(),
        "secrets the program generates (sensitive): a length (`JWT_SECRET: 64`) or `{length, alphabet, rotation, targets}`; `length` 16 to 256 (default 48); `alphabet` `alphanumeric` (default), `lower-alphanumeric`, `hex`, `base64url` or `printable`; `rotation` any short text (default `secrets.rotation`): a new value generates a new secret")
    {
        Example = "JWT_SECRET: 64",
        DefaultDoc = "none",
        ItemSchema = """{ "anyOf": [ { "type": ["integer", "string"] }, { "type": "object", "properties": { "length": { "type": ["integer", "string"] }, "alphabet": { "enum": ["alphanumeric", "lower-alphanumeric", "hex", "base64url", "printable"] }, "rotation": { "type": ["string", "number"] }, "targets": { "anyOf": [ { "type": "array", "items": { "enum": ["production", "preview", "development"] } }, { "type": "string" } ] } }, "additionalProperties": false } ] }""",
    };

    public static Setting Outputs { get; } = new("env.outputs", SettingKind.Map, EnvName(),
        "values wired from the stack's own outputs: `VERCEL_PROJECT_ID: vercelProjectId`, or `{output, targets, branch}`; sensitive when the output is secret. Outputs: " + string.Join(", ", EnvOutputs.All.Keys.Select(k => $"`{k}`")))
    {
        Example = "VERCEL_PROJECT_ID: vercelProjectId",
        DefaultDoc = "none",
        ItemSchema = $$"""{ "anyOf": [ { "enum": [{{string.Join(", ", EnvOutputs.All.Keys.Select(k => $"\"{k}\""))}}] }, { "type": "object", "properties": { "output": { "enum": [{{string.Join(", ", EnvOutputs.All.Keys.Select(k => $"\"{k}\""))}}] }, "targets": {{TargetsSchema}}, "branch": {{BranchSchema}} }, "required": ["output"], "additionalProperties": false } ] }""",
    };

    public static IReadOnlyList<Setting> All { get; } = [Catalog, Plain, Secrets, Generated, Outputs];

    private static Rule EnvName() => Rules.Like(Allowed.EnvKeyRegex, Allowed.EnvKeyText);
}
