using System.Globalization;
using Lodestone.Cli.Commands.Exposure;
using Lodestone.Cli.Rendering;
using Lodestone.Queries.Trade;
using Spectre.Console;

namespace Lodestone.Cli.Commands.Trade;

/// <summary>Renders a <see cref="TradeJson"/>: tables per code and a bar chart of the supplier's share per year, every block citing BACI.</summary>
internal static class TradeRenderer
{
    public static void Table(IAnsiConsole console, TradeJson answer)
    {
        var citation = string.Join("; ", answer.Sources.Select(s => $"{s.Title}, {s.Url}"));
        foreach (var note in answer.Notes)
        {
            console.MarkupLine("[yellow]" + Markup.Escape(note) + "[/]");
        }
        foreach (var code in answer.Codes)
        {
            var what = code.Bundle
                ? $"BUNDLE {code.Dotted} ({string.Join(", ", code.BundleMembers)} together: never one metal's figure)"
                : $"{code.Dotted} {code.Description}";
            console.MarkupLine($"[bold]{Markup.Escape(answer.Commodity)} — {Markup.Escape(what)}[/] ({code.Stage}, {code.Nomenclature}, {code.Year?.ToString(CultureInfo.InvariantCulture) ?? "no year with flows"})");
            if (code.WorldValueUsd is not { } world)
            {
                console.MarkupLine("  world: no flows recorded for this year (missing, not zero)");
                continue;
            }
            console.MarkupLine($"  world: USD {Usd(world)} in {code.Flows:N0} flows; {Tonnes(code.WorldTonnesKnown ?? 0)} t"
                + (code.FlowsWithoutTonnes > 0 ? $" or more ({code.FlowsWithoutTonnes} flows have no tonnage)" : ""));
            if (code.PartnersOf is { } of)
            {
                console.Write(Partners($"{of}: {Usd(code.PartnersTotalUsd ?? 0)}{OfWorld(code.PartnersShareOfWorld)}", code.Partners));
            }
            console.Write(Partners("world's top exporters (share of world exports)", code.TopExporters));
        }
        foreach (var series in answer.SupplierShare)
        {
            var chart = new BarChart().Width(80).Label($"{series.Supplier} share of recorded world exports of {series.Hs6}{(series.Bundle ? " (bundle)" : "")}, %");
            foreach (var p in series.Points)
            {
                chart.AddItem(p.Year.ToString(CultureInfo.InvariantCulture), Math.Round((p.Share ?? 0) * 100, 1), p.Share is null ? Color.Grey : Color.Red);
            }
            console.Write(chart);
            console.MarkupLine("  " + Markup.Escape(series.Note));
        }
        if (answer.Measures.Count > 0)
        {
            console.Write(TradeMeasuresTable.Create(answer.Measures));
        }
        console.MarkupLine("Source: " + Markup.Escape(citation));
    }

    private static Table Partners(string title, IReadOnlyList<TradePartnerJson> partners)
    {
        var table = new Table().Border(TableBorder.Simple).Title(Markup.Escape(title));
        table.AddColumn("partner").AddColumn(new TableColumn("value (USD)").RightAligned()).AddColumn(new TableColumn("tonnes").RightAligned())
            .AddColumn(new TableColumn("share").RightAligned()).AddColumn(new TableColumn("USD/t").RightAligned());
        foreach (var p in partners)
        {
            table.AddRow(Markup.Escape($"{p.Iso3} {p.Name}"), Usd(p.ValueUsd), p.Tonnes is { } t ? Tonnes(t) : "missing",
                Fmt.Percent(p.Share * 100, "0.0") + "%",
                p.UnitValueUsdPerTonne is { } u ? u.ToString("N0", CultureInfo.InvariantCulture) : "—");
        }
        if (partners.Count == 0)
        {
            table.AddRow("no flows recorded", "", "", "", "");
        }
        return table;
    }

    public static void Csv(TextWriter writer, TradeJson answer)
    {
        CsvText.WriteRow(writer, ["list", "hs6", "bundle", "year", "iso3", "name", "value_usd", "tonnes", "share", "unit_value_usd_per_t", "source_id"]);
        foreach (var code in answer.Codes)
        {
            foreach (var (list, rows) in new[] { (code.PartnersOf ?? "", code.Partners), ("top exporters", code.TopExporters) })
            {
                foreach (var p in rows)
                {
                    CsvText.WriteRow(writer, [list, code.Hs6, code.Bundle ? "true" : "false", code.Year?.ToString(CultureInfo.InvariantCulture), p.Iso3, p.Name,
                        CsvText.Number(p.ValueUsd), CsvText.Number(p.Tonnes), CsvText.Number(p.Share), CsvText.Number(p.UnitValueUsdPerTonne), code.SourceId]);
                }
            }
        }
        foreach (var series in answer.SupplierShare)
        {
            foreach (var p in series.Points)
            {
                CsvText.WriteRow(writer, [$"{series.Supplier} share of recorded world exports", series.Hs6, series.Bundle ? "true" : "false",
                    p.Year.ToString(CultureInfo.InvariantCulture), series.Supplier, "", CsvText.Number(p.SupplierUsd), "", CsvText.Number(p.Share), "", series.SourceId]);
            }
        }
    }

    /// <summary>" (31.1% of world trade in the code)", or nothing when the share is unknown.</summary>
    internal static string OfWorld(double? share) =>
        share is { } s ? $" ({(s * 100).ToString("0.0", CultureInfo.InvariantCulture)}% of world trade in the code)" : "";

    private static string Usd(double value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Tonnes(double value) => value.ToString("N1", CultureInfo.InvariantCulture);
}
