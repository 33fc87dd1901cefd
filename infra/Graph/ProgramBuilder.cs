using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Infra.Expressions;
using Infra.Model;

namespace Infra.Graph;

/// <summary>
/// Collects the parts of a program. Problems are collected as diagnostics rather than thrown,
/// so one build reports all of them; <see cref="Build"/> runs the graph checks.
/// </summary>
public sealed partial class ProgramBuilder(string project)
{
    private readonly List<ProviderPackage> _packages = [];
    private readonly List<ConfigDeclaration> _config = [];
    private readonly List<Variable> _variables = [];
    private readonly List<Resource> _resources = [];
    private readonly List<StackOutput> _outputs = [];
    private readonly HashSet<string> _names = new(StringComparer.Ordinal) { Ref.PulumiBuiltin };
    private readonly HashSet<string> _outputNames = new(StringComparer.Ordinal);
    private readonly List<Diagnostic> _diagnostics = [];

    public string Project { get; } = project;

    /// <summary>Pins a package: the writer stamps its version and download URL on each of its resources and invokes.</summary>
    public ProgramBuilder UsePackage(ProviderPackage package)
    {
        if (_packages.Any(p => p.Name == package.Name))
        {
            _diagnostics.Add(Diagnostic.Error(DiagnosticCodes.DuplicateName, package.Name, "package declared twice"));
            return this;
        }

        _packages.Add(package);
        return this;
    }

    /// <summary>Adds a resource and returns it, so its outputs can be referenced.</summary>
    public T Add<T>(T resource)
        where T : Resource
    {
        if (Claim(resource.Name, "resource"))
        {
            _resources.Add(resource);
        }

        return resource;
    }

    public Variable AddVariable(string name, Expr value)
    {
        var variable = new Variable(name, value);
        if (Claim(name, "variable"))
        {
            _variables.Add(variable);
        }

        return variable;
    }

    /// <summary>Declares a config key the program reads at deploy time; returns its reference.</summary>
    public Ref AddConfig(ConfigDeclaration declaration)
    {
        if (Claim(declaration.Name, "config key"))
        {
            _config.Add(declaration);
        }

        return new Ref(declaration.Name);
    }

    public ProgramBuilder AddOutput(string name, Expr value)
    {
        if (!_outputNames.Add(name))
        {
            _diagnostics.Add(Diagnostic.Error(DiagnosticCodes.DuplicateName, name, "stack output declared twice"));
        }
        else
        {
            _outputs.Add(new StackOutput(name, value));
        }

        return this;
    }

    /// <summary>Records a problem a component found in what it was asked to declare.</summary>
    public ProgramBuilder Report(Diagnostic diagnostic)
    {
        _diagnostics.Add(diagnostic);
        return this;
    }

    /// <summary>Runs the graph checks and returns the program, or only diagnostics when any is an error.</summary>
    public BuildResult Build()
    {
        var diagnostics = new List<Diagnostic>(_diagnostics);
        diagnostics.AddRange(ReferenceCheck.Run(_names, _variables, _resources, _outputs));
        diagnostics.AddRange(PackageCheck.Run(_packages, _resources, _variables, _outputs));
        diagnostics.AddRange(CycleCheck.Run(_variables, _resources));

        var sorted = diagnostics.ToImmutableArray();
        if (sorted.Any(d => d.IsError))
        {
            return new BuildResult(null, sorted);
        }

        var program = new ProgramGraph(
            Project,
            [.. _packages.OrderBy(p => p.Name, StringComparer.Ordinal)],
            [.. _config],
            [.. _variables],
            [.. _resources],
            [.. _outputs]);
        return new BuildResult(program, sorted);
    }

    private bool Claim(string name, string kind)
    {
        if (!NamePattern().IsMatch(name))
        {
            _diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.InvalidName, name, $"invalid {kind} name; allowed: a letter, then letters, digits, '-' or '_'"));
            return false;
        }

        if (!_names.Add(name))
        {
            _diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.DuplicateName, name, $"{kind} name already used; resources, variables and config share one namespace"));
            return false;
        }

        return true;
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_-]*$")]
    private static partial Regex NamePattern();
}
