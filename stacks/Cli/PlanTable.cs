using Infra.Expressions;
using System.Globalization;
using Infra.Graph;
using Infra.Model;
using Infra.Providers;
using Spectre.Console;

namespace Infra.Stacks.Cli;

/// <summary>
/// Renders a program as plain-text tables, one per provider with its resources, then the counts
/// (no colour, fixed width: the same bytes everywhere).
/// </summary>
public static class PlanTable
{
    private const int Width = 200;

    public static string Render(ProgramGraph program, string stack)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(text),
        });
        console.Profile.Width = Width;

        var resources = program.Resources.ToList();
        console.WriteLine($"Stack {stack} (project {program.Project}): {resources.Count} resources, {program.Variables.Length} lookups and derived values, {program.Outputs.Length} outputs");
        foreach (var package in program.Packages)
        {
            var own = resources.Where(r => r.Package == package.Name).ToList();
            if (own.Count > 0)
            {
                console.WriteLine();
                console.WriteLine($"{package.Name} {package.Version}: {own.Count} resources");
                console.Write(ResourceTable(own));
            }
        }

        // The engine's own resources (stack references): no package of Pulumi.yaml, no plugin.
        var builtIn = resources.Where(r => !program.Packages.Any(p => p.Name == r.Package)).ToList();
        if (builtIn.Count > 0)
        {
            console.WriteLine();
            console.WriteLine($"pulumi (built in): {builtIn.Count} resources");
            console.Write(ResourceTable(builtIn));
        }

        console.WriteLine();
        console.Write(ProviderTable(program, resources, builtIn.Count));
        if (program.Outputs.FirstOrDefault(o => o.Name == Composition.StackComposer.DnsRecordsOutput)?.Value is ListExpr records)
        {
            console.WriteLine();
            console.WriteLine("DNS records to create by hand at the domain's DNS host (dns.provider: external):");
            console.Write(DnsTable(records));
        }

        return text.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    private static Table ResourceTable(IEnumerable<Resource> resources)
    {
        var table = new Table().Border(TableBorder.Ascii).AddColumns("Resource", "Type", "Settings", "Protected");
        foreach (var r in resources)
        {
            table.AddRow(Cell(r.Name), Cell(r.Type), Cell(SummaryValue.Of(r, " ")), Cell(r.Options.Protect ? (r.Options.RetainOnDelete ? "yes, retained" : "yes") : "no"));
        }

        return table;
    }

    private static Table DnsTable(ListExpr records)
    {
        var table = new Table().Border(TableBorder.Ascii).AddColumns("Type", "Name", "Value");
        foreach (var record in records.Items.OfType<ObjectExpr>())
        {
            table.AddRow(Cell(Text(record["type"])), Cell(Text(record["name"])), Cell(Text(record["value"] ?? record["values"])));
        }

        return table;
    }

    /// <summary>A literal as is; a value only the deployment knows (the CNAME Vercel recommends) as where to read it.</summary>
    private static string Text(Expr? value) => value is StringLit literal
        ? literal.Value
        : "known after pulumi up: pulumi stack output dnsRecords";

    private static Table ProviderTable(ProgramGraph program, List<Resource> resources, int builtIn)
    {
        var table = new Table().Border(TableBorder.Ascii).AddColumns("Provider", "Version", "Source", "Resources");
        foreach (var package in program.Packages)
        {
            var count = resources.Count(r => r.Package == package.Name);
            var source = package.Parameterized ? "terraform-provider (sdks/ lock file)" : package.PluginDownloadUrl ?? "pulumi";
            table.AddRow(Cell(package.Name), Cell(package.Version), Cell(source), Cell(count.ToString(CultureInfo.InvariantCulture)));
        }

        if (builtIn > 0)
        {
            table.AddRow(Cell("pulumi"), Cell(""), Cell("built in (the engine)"), Cell(builtIn.ToString(CultureInfo.InvariantCulture)));
        }

        table.AddRow(Cell("total"), Cell(""), Cell(""), Cell(resources.Count.ToString(CultureInfo.InvariantCulture)));
        return table;
    }


    private static Text Cell(string text) => new(text);
}
