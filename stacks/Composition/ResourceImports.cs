using System.Collections.Immutable;
using Infra.Graph;
using Infra.Stacks.Settings;

namespace Infra.Stacks.Composition;

/// <summary>
/// Adopts existing resources (<c>import</c>): each named logical resource gets Pulumi's <c>import</c>
/// option with its provider id. A name the stack does not declare, an id of the wrong shape for its
/// type, or a resource Infra already adopts another way is one error each.
/// </summary>
public static class ResourceImports
{
    public static BuildResult Apply(BuildResult built, IReadOnlyDictionary<string, string> imports, string project)
    {
        if (imports.Count == 0 || built.Program is not { } program)
        {
            return built;
        }

        var errors = new List<Diagnostic>();
        var resources = program.Resources.ToBuilder();
        foreach (var (name, id) in imports)
        {
            var location = $"{project}:import.{name}";
            var index = IndexOf(resources, name);
            if (index < 0)
            {
                errors.Add(Diagnostic.Error(SettingsCodes.Invalid, location,
                    "is not a resource of this stack; expected a logical name from infra plan, such as " + string.Join(", ", Adoptable(program).Take(6))));
                continue;
            }

            var resource = resources[index];
            if (resource.Options.Import is { } existing)
            {
                errors.Add(Diagnostic.Error(SettingsCodes.Invalid, location,
                    $"{name} is already adopted by another setting (import id \"{existing}\", neon.projectId or neon.computeId); remove this entry"));
                continue;
            }

            if (ImportIds.NotImportable.TryGetValue(resource.Type, out var reason))
            {
                errors.Add(Diagnostic.Error(SettingsCodes.Invalid, location, reason));
                continue;
            }

            if (ImportIds.Shapes.TryGetValue(resource.Type, out var shape) && !shape.Pattern.IsMatch(id))
            {
                errors.Add(Diagnostic.Error(SettingsCodes.Invalid, location,
                    $"\"{id}\" is not an import id of {resource.Type}; expected {shape.Text} ({shape.Where})"));
                continue;
            }

            resources[index] = resource with { Options = resource.Options with { Import = id } };
        }

        return errors.Count > 0
            ? new BuildResult(null, [.. built.Diagnostics, .. errors])
            : built with { Program = program with { Resources = resources.ToImmutable() } };
    }

    private static int IndexOf(ImmutableArray<Model.Resource>.Builder resources, string name)
    {
        for (var i = 0; i < resources.Count; i++)
        {
            if (resources[i].Name == name)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The stack's resources whose id shape is known: the ones teams most often made by hand first.</summary>
    private static IEnumerable<string> Adoptable(ProgramGraph program) =>
        program.Resources.Where(r => ImportIds.Shapes.ContainsKey(r.Type)).Select(r => r.Name);
}
