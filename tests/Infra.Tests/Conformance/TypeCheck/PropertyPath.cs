using System.Globalization;

namespace Infra.Tests.Conformance.TypeCheck;

/// <summary>One step of a property path: <c>.name</c>, <c>[0]</c> or <c>["key"]</c>.</summary>
internal abstract record PathAccessor;

/// <summary><c>.name</c> (or the root name).</summary>
internal sealed record PathName(string Name) : PathAccessor;

/// <summary><c>[0]</c> (an <see cref="int"/>) or <c>["key"]</c> (a <see cref="string"/>).</summary>
internal sealed record PathSubscript(object Index) : PathAccessor;

/// <summary>
/// A parsed <c>${...}</c> path (pulumi-yaml <c>pkg/pulumiyaml/ast/property.go:102-170</c>, v1.38.1). A name
/// segment runs until <c>.</c>, <c>[</c> or <c>}</c>, so <c>${aws:region}</c> has the root <c>aws:region</c>.
/// </summary>
internal sealed record PropertyPath(IReadOnlyList<PathAccessor> Accessors)
{
    public string RootName => Accessors[0] switch
    {
        PathName n => n.Name,
        PathSubscript { Index: string s } => s,
        var other => throw new InvalidOperationException($"a path cannot start with {other}"),
    };

    /// <summary>
    /// Parses a path after <c>${</c> up to and including its <c>}</c>. Returns the rest of the text, or the parse
    /// error pulumi-yaml reports.
    /// </summary>
    public static (string Remaining, PropertyPath? Path, string? Error) Parse(string access)
    {
        var accessors = new List<PathAccessor>();
        while (access.Length > 0)
        {
            switch (access[0])
            {
                case '}':
                    return (access[1..], new PropertyPath(accessors), null);
                case '.':
                    access = access[1..];
                    break;
                case '[' when access.Length > 1 && access[1] == '"':
                    var key = new System.Text.StringBuilder();
                    var i = 2;
                    while (true)
                    {
                        if (i >= access.Length)
                        {
                            return ("", null, "missing closing quote in property name");
                        }

                        if (access[i] == '"')
                        {
                            i++;
                            break;
                        }

                        if (access[i] == '\\' && i + 1 < access.Length && access[i + 1] == '"')
                        {
                            key.Append('"');
                            i += 2;
                        }
                        else
                        {
                            key.Append(access[i]);
                            i++;
                        }
                    }

                    if (i >= access.Length || access[i] != ']')
                    {
                        return ("", null, "missing closing bracket in property access");
                    }

                    accessors.Add(new PathSubscript(key.ToString()));
                    access = access[(i + 1)..];
                    break;
                case '[':
                    var close = access.IndexOf(']', StringComparison.Ordinal);
                    if (close == -1)
                    {
                        return ("", null, "missing closing bracket in list index");
                    }

                    if (!int.TryParse(access[1..close], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var index))
                    {
                        return ("", null, "invalid list index");
                    }

                    if (accessors.Count == 0)
                    {
                        return ("", null, "the root property must be a string subscript or a name");
                    }

                    accessors.Add(new PathSubscript(index));
                    access = access[(close + 1)..];
                    break;
                default:
                    var end = access.IndexOfAny(['.', '[', '}']);
                    end = end == -1 ? access.Length : end;
                    accessors.Add(new PathName(access[..end]));
                    access = access[end..];
                    break;
            }
        }

        return ("", null, "unterminated interpolation");
    }
}
