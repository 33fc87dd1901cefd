using static Infra.Tests.Conformance.TypeCheck.PrimitiveType;

namespace Infra.Tests.Conformance.TypeCheck;

/// <summary>
/// <c>isAssignable(fromExpr, to)</c> (pulumi-yaml <c>pkg/pulumiyaml/analyser.go:204-472</c>, v1.38.1), rule for
/// rule. The source type is the one recorded for <paramref name="types"/>' expression; recursion on a member type
/// (union members, list elements, map values, token underlying types) temporarily retypes the same expression, and
/// recursion into an object literal's property uses the real sub-expression, so enum membership and nested checks
/// apply at any depth of nested object literals but never inside list elements.
/// </summary>
internal sealed class Assignability(TypeCache types)
{
    public NotAssignable? Check(AstExpr fromExpr, SchemaType to)
    {
        to = SchemaType.Unwrap(to);
        if (!types.TryGet(fromExpr, out var recorded))
        {
            return new NotAssignable { Reason = "unable to find type", Internal = true };
        }

        var from = SchemaType.Unwrap(recorded);

        // analyser.go:219-224: the same expression, temporarily retyped.
        NotAssignable? Retyped(SchemaType f, SchemaType t)
        {
            var previous = types.Get(fromExpr)!;
            types.Set(fromExpr, f);
            try
            {
                return Check(fromExpr, t);
            }
            finally
            {
                types.Set(fromExpr, previous);
            }
        }

        // analyser.go:228-237: Invalid and Any are assignable both ways.
        if (from is InvalidType || to is InvalidType || from == AnyType || to == AnyType)
        {
            return null;
        }

        // analyser.go:239-245: "type " prefixes both sides exactly when *from* is primitive.
        string Disp(SchemaType t) => (SchemaType.IsPrimitive(from) ? "type " : "") + $"'{t.Display}'";
        var fail = new NotAssignable { Reason = $"Cannot assign {Disp(from)} to {Disp(to)}" };
        NotAssignable? OkIf(bool condition) => condition ? null : fail;
        NotAssignable? OkIfAssignable(NotAssignable? because) => because is null ? null : fail.WithBecause(because);

        switch (from)
        {
            case UnionType union:
                // analyser.go:268-277: every member must fit.
                var reasons = union.Elements.Select(member => Retyped(member, to)).OfType<NotAssignable>().ToList();
                return OkIf(reasons.Count == 0)?.WithBecause(reasons);
            case TokenType token:
                // analyser.go:279-285
                return token.Underlying is null
                    ? fail
                    : OkIfAssignable(Retyped(token.Underlying, to))?.AppendReason($". '{token.Display}' is a Token Type. Token types act like their underlying type");
        }

        if (to is PrimitiveType primitive)
        {
            // analyser.go:288-316
            return primitive switch
            {
                _ when primitive == NumberType || primitive == IntType => OkIf(from == NumberType || from == IntType),
                _ when primitive == AnyResourceType => OkIf(from is ResourceType),
                _ when primitive == StringType => OkIf(from is ResourceType || from == StringType || from == NumberType || from == IntType || from == BoolType),
                _ when primitive == AssetType => OkIf(from == AssetType || from == ArchiveType),
                _ => OkIf(from == to), // boolean, archive, Json
            };
        }

        switch (to)
        {
            case UnionType union:
                // analyser.go:319-328: any member suffices.
                var reasons = new List<NotAssignable>();
                foreach (var member in union.Elements)
                {
                    if (Retyped(from, member) is not { } because)
                    {
                        return null;
                    }

                    reasons.Add(because);
                }

                return fail.WithBecause(reasons);
            case ArrayType array:
                // analyser.go:329-334
                return from is ArrayType fromArray ? OkIfAssignable(Retyped(fromArray.Element, array.Element)) : fail;
            case MapType map:
                return MapTarget(from, map, fail, Retyped);
            case ResourceType resource:
                // analyser.go:357-359
                return OkIf(from is ResourceType fromResource && fromResource.Token == resource.Token);
            case EnumType enumType:
                // analyser.go:360-365: the element type first (no sub-reason), then literal membership.
                return Retyped(from, enumType.ElementType) is not null
                    ? fail
                    : OkIfAssignable(EnumMembership.Check(fromExpr, enumType.Values));
            case ObjectType target:
                return ObjectTarget(fromExpr, from, target, fail, Disp, Retyped);
            case TokenType token:
                // analyser.go:460-464
                return OkIfAssignable(Retyped(from, token.Underlying ?? AnyType));
            default:
                return new NotAssignable { Reason = $"Unknown type: {TypeDisplay.SchemaString(to)} ({TypeDisplay.GoTypeName(to)})", Internal = true };
        }
    }

    /// <summary>analyser.go:335-356: a map accepts a map, or an object whose first failing property is reported.</summary>
    private static NotAssignable? MapTarget(SchemaType from, MapType to, NotAssignable fail, Func<SchemaType, SchemaType, NotAssignable?> retyped)
    {
        switch (from)
        {
            case MapType fromMap:
                return retyped(fromMap.Element, to.Element) is { } because ? fail.WithBecause(because) : null;
            case ObjectType fromObject:
                foreach (var property in fromObject.Properties)
                {
                    if (retyped(property.Type, to.Element) is { } notOk)
                    {
                        return fail.WithBecause(notOk.WithProperty(property.Name));
                    }
                }

                return null;
            default:
                return fail;
        }
    }

    /// <summary>analyser.go:366-459: structural typing.</summary>
    private NotAssignable? ObjectTarget(
        AstExpr fromExpr,
        SchemaType from,
        ObjectType to,
        NotAssignable fail,
        Func<SchemaType, string> disp,
        Func<SchemaType, SchemaType, NotAssignable?> retyped)
    {
        List<NotAssignable> failures = [];
        ObjectType fromObject;
        switch (from)
        {
            case MapType fromMap:
                // analyser.go:369-377: every target property must accept the element type; nothing else is checked.
                foreach (var property in to.Properties)
                {
                    if (retyped(fromMap.Element, property.Type) is { } notOk)
                    {
                        failures.Add(notOk.WithProperty(property.Name));
                    }
                }

                return failures.Count == 0 ? null : fail.WithBecause(failures);
            case ObjectType o:
                fromObject = o;
                break;
            default:
                return fail;
        }

        // analyser.go:386-407: a literal's property is checked through its own expression.
        var literal = fromExpr is AstObject obj ? LiteralEntries(obj) : null;
        NotAssignable? PropertyAssignable(string name, SchemaType f, SchemaType t) =>
            literal is not null && literal.TryGetValue(name, out var entry) ? Check(entry.Value, t) : retyped(f, t);

        foreach (var property in to.Properties)
        {
            var present = fromObject.TryGetProperty(property.Name, out var fromProperty);
            if (property.IsRequired && !present)
            {
                // analyser.go:411-412
                failures.Add(new NotAssignable { Reason = $"Missing required property '{property.Name}'", Property = property.Name });
                continue;
            }

            if (present && PropertyAssignable(property.Name, fromProperty!.Type, property.Type) is { } notOk)
            {
                failures.Add(notOk.WithProperty(property.Name));
            }
        }

        foreach (var property in fromObject.Properties)
        {
            if (!to.TryGetProperty(property.Name, out _))
            {
                // analyser.go:428-452
                var (summary, detail) = FieldList.NonExistent(
                    disp(to), to.Properties.Select(p => p.Name), property.Name, $"Property {property.Name}", fieldsAreProperties: true);
                failures.Add(new NotAssignable { Reason = detail, SummaryText = summary });
            }
        }

        return failures.Count == 0 ? null : fail.WithBecause(failures);
    }

    /// <summary>The literal's entries by string key, the last duplicate winning (analyser.go:386-397).</summary>
    private static Dictionary<string, AstEntry> LiteralEntries(AstObject obj)
    {
        var entries = new Dictionary<string, AstEntry>(StringComparer.Ordinal);
        foreach (var entry in obj.Entries)
        {
            if (entry.Key is AstString key)
            {
                entries[key.Value] = entry;
            }
        }

        return entries;
    }
}
