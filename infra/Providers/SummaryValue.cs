using System.Globalization;
using Infra.Expressions;
using Infra.Model;

namespace Infra.Providers;

/// <summary>Renders an input for a plan table: literals as text, references as <c>${...}</c>, secrets hidden.</summary>
public static class SummaryValue
{
    /// <summary>The few inputs worth showing of a resource (<see cref="ISummarized"/>), as <c>key=value</c> joined by <paramref name="separator"/>.</summary>
    public static string Of(Resource resource, string separator)
    {
        if (resource is not ISummarized summarized)
        {
            return "";
        }

        var inputs = resource.Inputs();
        return string.Join(separator, summarized.SummaryKeys.Where(k => inputs[k] is not null).Select(k => k + "=" + Render(inputs[k])));
    }

    public static string Render(Expr? expr) => expr switch
    {
        null => "",
        StringLit s => s.Value,
        IntLit i => i.Value.ToString(CultureInfo.InvariantCulture),
        NumberLit n => n.Value.ToString("R", CultureInfo.InvariantCulture),
        BoolLit b => b.Value ? "true" : "false",
        NullLit => "null",
        ListExpr l => string.Join(",", l.Items.Select(Render)),
        ObjectExpr o => "{" + string.Join(", ", o.Properties.Select(p => p.Key + ": " + Render(p.Value))) + "}",
        Ref r => r.ToString(),
        Interpolation i => string.Concat(i.Parts.Select(Render)),
        SecretExpr => "[secret]",
        UnsecretExpr u => Render(u.Value),
        InvokeExpr inv => "fn::invoke " + inv.Function,
        JoinExpr => "fn::join",
        ToJsonExpr => "fn::toJSON",
        StringAssetExpr => "fn::stringAsset",
        AssetArchiveExpr a => "fn::assetArchive " + string.Join(",", a.Members.Properties.Keys),
        SelectExpr => "fn::select",
        _ => expr.GetType().Name,
    };
}
