using System.Globalization;
using Lodestone.Exposure.Contracts;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Lodestone.Cli.Commands.Exposure;

/// <summary>Renders the exposure answer (<see cref="ExposureJson"/>) as a table (Spectre.Console) or CSV.</summary>
internal static class ExposureRenderer
{
    public static void Table(IAnsiConsole console, ExposureJson answer)
    {
        var reports = answer.Commodities;
        var table = new Table().Title($"Exposure of {answer.Importer} to {answer.Supplier} (shares of world stage output / of traced imports)");
        foreach (var column in new[] { "commodity", "stage", "direct", "effective", "control-adj.", "ctrl-adj. direct" })
        {
            table.AddColumn(new TableColumn(column).NoWrap());
        }
        table.AddColumn("basis / notes");
        foreach (var r in reports)
        {
            foreach (var s in r.Stages)
            {
                var basis = s.Year is { } year ? $"{year.ToString(CultureInfo.InvariantCulture)} {s.DataType}" : "";
                Row(table, r.Commodity, s.Stage, Pct(s.Direct), Pct(s.Effective), Pct(s.ControlAdjusted, s.ControlIsLowerBound),
                    Pct(s.ControlAdjustedDirect, s.ControlIsLowerBound), string.Join("; ", new[] { basis }.Concat(s.Notes).Where(n => n.Length > 0)));
            }
            if (r.ImportShare is not null)
            {
                Row(table, r.Commodity, "import", Pct(r.ImportShare), Pct(r.AnyStage), "", "",
                    $"direct = share of {answer.Importer} imports {r.ImportPeriod}; effective = any traced stage" + (r.NetImportReliancePct is { } n ? $"; NIR {n} %" : ""));
            }
            if (r.Transit is { } t)
            {
                Row(table, r.Commodity, "transit", Range(t.Lower, t.Upper), "", "", "", string.Join("; ", t.Routes));
            }
        }
        console.Write(table);
        if (reports.Count == 1)
        {
            Paths(console, "Top paths", reports[0].TopPaths);
            Paths(console, $"Top paths through {answer.Supplier}", reports[0].SupplierPaths);
            foreach (var o in reports[0].OwnershipContext)
            {
                console.WriteLine($"ownership (context, not used): {o.Asset} ({o.Country}) {o.SharePct.ToString("0.#", CultureInfo.InvariantCulture)} % {o.OwnerCompany} [{o.Owner}]");
            }
        }
        console.WriteLine("Assumptions:");
        foreach (var group in reports.SelectMany(r => r.Assumptions.Select(a => (a, r.Commodity))).GroupBy(x => x.a))
        {
            var who = group.Count() == reports.Count ? "all" : string.Join(", ", group.Select(g => g.Commodity));
            console.WriteLine($"  - {group.Key} [{who}]");
        }
        var missing = reports.SelectMany(r => r.Missing.Select(m => r.Commodity + ": " + m)).ToList();
        if (missing.Count > 0)
        {
            console.WriteLine("Missing:");
            foreach (var m in missing)
            {
                console.WriteLine("  - " + m);
            }
        }
        if (reports.Select(r => r.Solver).FirstOrDefault(s => s is not null) is { } solver)
        {
            console.WriteLine("Solver: " + solver);
        }
    }

    public static void Csv(TextWriter writer, ExposureJson answer)
    {
        CsvText.WriteRow(writer, ["commodity", "importer", "supplier", "stage", "direct", "effective", "control_adjusted", "control_adjusted_direct", "lower", "upper", "year", "series", "basis", "notes"]);
        foreach (var r in answer.Commodities)
        {
            string?[] head = [r.Commodity, answer.Importer, answer.Supplier];
            foreach (var s in r.Stages)
            {
                CsvText.WriteRow(writer, [.. head, s.Stage, CsvText.Number(s.Direct), CsvText.Number(s.Effective), CsvText.Number(s.ControlAdjusted),
                    CsvText.Number(s.ControlAdjustedDirect), null, null, s.Year?.ToString(CultureInfo.InvariantCulture), s.Series,
                    s.Basis, string.Join("; ", s.Notes)]);
            }
            if (r.ImportShare is not null)
            {
                CsvText.WriteRow(writer, [.. head, "import", CsvText.Number(r.ImportShare), CsvText.Number(r.AnyStage), null, null, null, null, null, r.ImportPeriod, null,
                    "direct = share of imports; effective = any traced stage"]);
            }
            if (r.Transit is { } t)
            {
                CsvText.WriteRow(writer, [.. head, "transit", null, null, null, null, CsvText.Number(t.Lower), CsvText.Number(t.Upper), null, null, null, string.Join("; ", t.Routes)]);
            }
        }
    }

    private static void Paths(IAnsiConsole console, string title, IReadOnlyList<PathJson> paths)
    {
        if (paths.Count == 0)
        {
            return;
        }
        console.WriteLine(title + ":");
        foreach (var p in paths)
        {
            console.WriteLine($"  {Pct(p.Share),8}  {string.Join(" → ", p.Nodes)}");
        }
    }

    private static void Row(Table table, params string[] cells) => table.AddRow(cells.Select(c => (IRenderable)new Text(c)));

    public static string Pct(double? fraction, bool lowerBound = false) =>
        fraction is { } f ? (lowerBound ? "≥" : "") + (f * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %" : "—";

    private static string Range(double lower, double upper) =>
        Math.Abs(upper - lower) < 1e-12 ? Pct(lower) : Pct(lower) + " – " + Pct(upper);
}
