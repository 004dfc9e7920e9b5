using System.Globalization;
using Lodestone.Exposure.Contracts;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Lodestone.Cli.Commands.Exposure;

/// <summary>Renders the exposure answer (<see cref="ExposureJson"/>) as a table (Spectre.Console) or CSV.</summary>
internal static class ExposureRenderer
{
    private const int PartnersShown = 8;

    public static void Table(IAnsiConsole console, ExposureJson answer)
    {
        var reports = answer.Commodities;
        var when = (answer.Year is { } y ? "data year " + y.ToString(CultureInfo.InvariantCulture) + ", " : "") + "as of " + answer.AsOf;
        var table = new Table().Title(Markup.Escape($"Exposure of {answer.Importer} to {answer.Supplier} (world share of stage output / traced share of {answer.Importer}'s supply; {when})"));
        foreach (var column in new[] { "commodity", "stage", "world", "traced", "untraced", "ctrl-adj. world" })
        {
            table.AddColumn(new TableColumn(column).NoWrap());
        }
        table.AddColumn("basis / notes");
        foreach (var r in reports)
        {
            CommodityRows(table, answer, r);
        }
        console.Write(table);
        if (reports.Count == 1)
        {
            Partners(console, answer, reports[0]);
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
    }

    /// <summary>A commodity's rows: one per stage, then its import share, other years, export controls and transit
    /// when it has them.</summary>
    private static void CommodityRows(Table table, ExposureJson answer, ExposureCommodityJson r)
    {
        foreach (var s in r.Stages)
        {
            var basis = s.Year is { } year
                ? $"{year.ToString(CultureInfo.InvariantCulture)} {s.DataType}"
                    + (s.YearNote is null ? "" : " † " + s.YearNote)
                : "";
            Row(table, r.Commodity, s.Stage, World(s), Bounds(s.Traced), Pct(s.Traced?.Untraced),
                Pct(s.ControlAdjustedDirect, s.ControlIsLowerBound),
                string.Join("; ", new[] { basis, s.Traced?.WeightBasis ?? "" }.Concat(s.Notes)
                    .Where(n => n.Length > 0)));
        }
        if (r.ImportShare is not null || r.ImportShareUpper is not null)
        {
            Row(table, r.Commodity, "import", r.ImportShare is null ? "≤" + Pct(r.ImportShareUpper) : Pct(r.ImportShare), "", "", "",
                $"direct = {answer.Supplier}'s share of {answer.Importer} imports {r.ImportPeriod}"
                + (r.NetImportReliancePct is { } n ? $"; NIR {n} %" : "")
                + (r.ImportShareNote is { } why ? "; " + why : ""));
        }
        if (r.YearNotes.Count > 0)
        {
            Row(table, r.Commodity, "years", "", "", "", "", "† other year: " + string.Join("; ", r.YearNotes));
        }
        if (r.ExportControls.Count > 0)
        {
            Row(table, r.Commodity, "controls", "", "", "", "",
                string.Join("; ", r.ExportControls.Select(c =>
                    c.Id + " " + c.Status + (c.StatusAsOf is null ? "" : " (as of " + c.StatusAsOf + ")"))));
        }
        if (r.Transit is { } t)
        {
            Row(table, r.Commodity, "transit", Range(t.Lower, t.Upper), "", "", "", string.Join("; ", t.Routes));
        }
    }

    public static void Csv(TextWriter writer, ExposureJson answer)
    {
        CsvText.WriteRow(writer, ["commodity", "importer", "supplier", "stage", "direct", "traced_low", "traced_high", "control_adjusted_direct", "lower", "upper", "year", "series", "basis", "notes"]);
        foreach (var r in answer.Commodities)
        {
            string?[] head = [r.Commodity, answer.Importer, answer.Supplier];
            foreach (var s in r.Stages)
            {
                CsvText.WriteRow(writer, [.. head, s.Stage, CsvText.Number(s.Direct), CsvText.Number(s.Traced?.Low), CsvText.Number(s.Traced?.High),
                    CsvText.Number(s.ControlAdjustedDirect), s.Direct is null && s.DirectUpper is not null ? "0" : null,
                    CsvText.Number(s.Direct is null ? s.DirectUpper : null),
                    s.Year?.ToString(CultureInfo.InvariantCulture), s.Series,
                    s.Basis, string.Join("; ", s.Notes.Concat(s.Traced?.Gaps ?? []))]);
            }
            if (r.ImportShare is not null || r.ImportShareUpper is not null)
            {
                // An unlisted supplier: direct empty, lower 0 and upper the most it can hold, as the note says.
                CsvText.WriteRow(writer, [.. head, "import", CsvText.Number(r.ImportShare), null, null, null, r.ImportShare is null ? "0" : null,
                    CsvText.Number(r.ImportShare is null ? r.ImportShareUpper : null), null, r.ImportPeriod, null,
                    "direct = share of imports" + (r.ImportShareNote is { } why ? "; " + why : "")]);
            }
            if (r.Transit is { } t)
            {
                CsvText.WriteRow(writer, [.. head, "transit", null, null, null, null, CsvText.Number(t.Lower), CsvText.Number(t.Upper), null, null, null, string.Join("; ", t.Routes)]);
            }
        }
    }

    /// <summary>Stage by stage: each partner's weight, traced content and what the trade data record of its own imports from the supplier.</summary>
    private static void Partners(IAnsiConsole console, ExposureJson answer, ExposureCommodityJson report)
    {
        foreach (var stage in report.Stages.Where(s => s.Traced is { Partners.Count: > 0 }))
        {
            var t = stage.Traced!;
            console.WriteLine($"{report.Commodity} {stage.Stage}: {answer.Supplier} share of {answer.Importer} supply {Bounds(t)} "
                + $"(made at home {Range(t.SplitLow, t.SplitHigh)}; partners by {t.WeightBasis}):");
            foreach (var p in t.Partners.Take(PartnersShown))
            {
                console.WriteLine($"  {p.Partner} {Pct(p.Weight),8}  content {Range(p.ContentLow, p.ContentHigh),-16}  {p.Evidence}");
            }
            if (t.Partners.Count > PartnersShown)
            {
                console.WriteLine($"  … {t.Partners.Count - PartnersShown} more partners with {Pct(t.Partners.Skip(PartnersShown).Sum(p => p.Weight))} (all in --format json)");
            }
            foreach (var gap in t.Gaps)
            {
                console.WriteLine("  gap: " + gap);
            }
        }
    }

    private static string Bounds(TraceJson? traced) => traced is null ? "—" : Range(traced.Low, traced.High);

    private static void Row(Table table, params string[] cells) => table.AddRow(cells.Select(c => (IRenderable)new Text(c)));

    /// <summary>The supplier's world share, or the most it can hold when the source does not list it.</summary>
    private static string World(ExposureStageJson s) =>
        s is { Direct: null, DirectUpper: { } upper } ? "≤" + Pct(upper) : Pct(s.Direct);

    public static string Pct(double? fraction, bool lowerBound = false) =>
        fraction is { } f ? (lowerBound ? "≥" : "") + (f * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %" : "—";

    private static string Range(double lower, double upper) =>
        Math.Abs(upper - lower) < 1e-9 ? Pct(lower) : Pct(lower) + " – " + Pct(upper);
}
