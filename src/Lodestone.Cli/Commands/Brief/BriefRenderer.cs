using System.Globalization;
using System.Text;
using Lodestone.Cli.Rendering;
using Lodestone.Domain.Brief;
using Spectre.Console;

namespace Lodestone.Cli.Commands.Brief;

/// <summary>Renders a <see cref="DependencyBrief"/> as a table, Markdown or CSV (JSON is the record itself).</summary>
internal static class BriefRenderer
{
    public static void Table(IAnsiConsole console, DependencyBrief brief)
    {
        var notes = new SourceFootnotes();
        var table = new Table()
            .Border(TableBorder.Simple)
            .Title(Fmt.Invariant($"Dependency of {brief.Importer} on {brief.Supplier} — {brief.Supplier} share of world output by stage ({YearText(brief)}as of {brief.AsOf})"))
            .AddColumn(new TableColumn("Commodity").NoWrap())
            .AddColumn(new TableColumn("Mine").RightAligned().NoWrap())
            .AddColumn(new TableColumn("Refine").RightAligned().NoWrap())
            .AddColumn(new TableColumn("Comp.").RightAligned().NoWrap())
            .AddColumn(new TableColumn("HHI m").RightAligned().NoWrap())
            .AddColumn(new TableColumn("HHI r").RightAligned().NoWrap())
            .AddColumn(new TableColumn("NIR").RightAligned().NoWrap())
            .AddColumn(new TableColumn("Imp.").RightAligned().NoWrap())
            .AddColumn(new TableColumn("Ptn/C5").RightAligned().NoWrap())
            .AddColumn(new TableColumn("Flag").NoWrap());
        foreach (var row in brief.Rows)
        {
            var mining = row.Stages["mining"];
            var refining = row.Stages["refining"];
            var components = row.Stages["components"];
            table.AddRow(
                Markup.Escape(row.Commodity),
                StageCell(mining),
                StageCell(refining),
                StageCell(components),
                Markup.Escape(Hhi(mining)),
                Markup.Escape(Hhi(refining)),
                Markup.Escape(NirText(row.NetImportReliance)),
                Markup.Escape(ImportText(row.SupplierShareOfImports)),
                Markup.Escape(GroupText(row)),
                FlagMarkup(row.Flag[..Math.Max(0, row.Flag.IndexOf(':', StringComparison.Ordinal))] is { Length: > 0 } level ? level : "no data"));
        }
        console.Write(table);
        foreach (var row in brief.Rows)
        {
            // Sources go with each commodity's line, not in a table column: at 100 columns the figures need the width.
            // ", " lets a narrow terminal wrap between references, never inside one ("1,8,1" / "5" read as source 1 and 5).
            console.MarkupLine(Markup.Escape(row.Commodity) + ": " + FlagMarkup(row.Flag)
                + Markup.Escape(" [sources " + notes.Refs(row.SourceIds()).Replace(",", ", ", StringComparison.Ordinal) + "]")
                + (row.ExportControls.Count == 0 ? "" : Markup.Escape(" [controls: " + string.Join("; ", row.ExportControls.Select(c => c.Id + " " + c.Status + (c.StatusAsOf is null ? "" : " (as of " + c.StatusAsOf + ")"))) + "]"))
                + (row.TradeMeasures.Count == 0 ? "" : Markup.Escape(" [" + brief.Importer + " measures: " + string.Join("; ", row.TradeMeasures.Select(MeasureText)) + "]"))
                + (OtherYears(row) is { Length: > 0 } other ? Markup.Escape(" [† " + other + "]") : ""));
        }
        Legend(console, brief);
        SourceList(console, brief, notes);
    }

    /// <summary>What the columns and marks of the table mean.</summary>
    private static void Legend(IAnsiConsole console, DependencyBrief brief)
    {
        console.WriteLine();
        console.MarkupLine("[dim]Mine/Refine/Comp.: supplier share of world output; * = published shares (top countries + rest of world), ~ = proxy;[/]");
        console.MarkupLine("[dim]↳ = the supplier's traced share of the importer's supply at that stage, directly and through third countries: proven–not ruled out (exposure).[/]");
        console.MarkupLine("[dim]† = a figure from another year than the brief's " + Markup.Escape(brief.Year?.ToString(CultureInfo.InvariantCulture) ?? "") + ": its year is listed beside the commodity above.[/]");
        console.MarkupLine("[dim]≤ = supplier not listed: bounded by \"Other countries\" (Imp.: by the smallest listed source).[/]");
        console.MarkupLine("[dim]HHI m/r: mining/refining HHI 0–10,000 over listed countries; + = lower bound (unlisted output left out). NIR: importer net import reliance, %.[/]");
        console.MarkupLine("[dim]Imp.: supplier share of the importer's imports. Ptn/C5: share of world mining (second line: refining) held by agreement partners / the C5 (+ = lower bound). — = no data.[/]");
        console.WriteLine();
    }

    /// <summary>The sources the table cites, by footnote number in order of first citation.</summary>
    private static void SourceList(IAnsiConsole console, DependencyBrief brief, SourceFootnotes notes)
    {
        console.MarkupLine("[bold]Sources[/]");
        var byId = brief.Sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        foreach (var (number, id) in notes.InOrder)
        {
            if (byId.TryGetValue(id, out var s))
            {
                console.MarkupLine(Markup.Escape(Fmt.Invariant($"[{number}] {Shorten(s.Title, 160)}{(s.Published is null ? "" : ", " + s.Published)}{(s.Url is null ? "" : " " + s.Url)}")));
            }
        }
    }

    public static string Markdown(DependencyBrief brief)
    {
        var notes = new SourceFootnotes();
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"## Dependency of {brief.Importer} on {brief.Supplier} ({YearText(brief)}as of {brief.AsOf})\n\n");
        sb.Append("| Commodity | Mining | Refining | Components | HHI mining | HHI refining | NIR | Share of imports | Partners (mining) | Partners (refining) | C5 (mining) | C5 (refining) | Controls | Trade measures | Flag | Sources |\n");
        sb.Append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---|---|\n");
        foreach (var row in brief.Rows)
        {
            var m = row.Stages["mining"];
            var r = row.Stages["refining"];
            var c = row.Stages["components"];
            sb.Append(CultureInfo.InvariantCulture,
                $"| {row.Commodity} | {MarkdownStage(m)} | {MarkdownStage(r)} | {MarkdownStage(c)} | {Fmt.Int(m?.Hhi)} | {Fmt.Int(r?.Hhi)} | {NirText(row.NetImportReliance)} | {ImportText(row.SupplierShareOfImports)} | {Fmt.Pct(row.PartnerShareOfMining?.Share)} | {Fmt.Pct(row.PartnerShareOfRefining?.Share)} | {Fmt.Pct(row.C5ShareOfMining?.Share)} | {Fmt.Pct(row.C5ShareOfRefining?.Share)} | {string.Join("; ", row.ExportControls.Select(x => x.Id + ": " + x.Status))} | {string.Join("; ", row.TradeMeasures.Select(MeasureText))} | {row.Flag} | {string.Join(",", notes.Refs(row.SourceIds()).Split(',').Where(x => x.Length > 0).Select(x => "[" + x + "]"))} |\n");
        }
        sb.Append('\n');
        foreach (var row in brief.Rows.Where(r => OtherYears(r).Length > 0))
        {
            sb.Append(CultureInfo.InvariantCulture, $"† {row.Commodity}: {OtherYears(row)}\n");
        }
        sb.Append('\n');
        var byId = brief.Sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        foreach (var (number, id) in notes.InOrder)
        {
            if (byId.TryGetValue(id, out var s))
            {
                sb.Append(CultureInfo.InvariantCulture, $"[{number}]: {s.Title}{(s.Published is null ? "" : ", " + s.Published)}{(s.Url is null ? "" : " <" + s.Url + ">")}\n");
            }
        }
        return sb.ToString();
    }

    public static string Csv(DependencyBrief brief)
    {
        var sb = new StringBuilder();
        sb.Append("importer,supplier,commodity,stage,supplier_share,supplier_share_upper,traced_share_low,traced_share_high,hhi,hhi_is_lower_bound,year,series,basis,top1,top1_share,top2,top2_share,top3,top3_share,nir_kind,nir_display,nir_year,supplier_share_of_imports,supplier_share_of_imports_upper,imports_period,partner_share_of_mining,partner_share_of_refining,partner_share_of_reserves,c5_share_of_mining,c5_share_of_refining,c5_share_of_reserves,controls_in_force,flag,source_ids,year_note,nir_year_note,imports_year_note,trade_measures\n");
        foreach (var row in brief.Rows)
        {
            foreach (var (stage, s) in row.Stages)
            {
                var top = s?.Top ?? [];
                string[] cells =
                [
                    brief.Importer, brief.Supplier, row.Commodity, stage, N(s?.SupplierShare), N(s?.SupplierShareUpper), N(s?.TracedShareLow), N(s?.TracedShareHigh), N(s?.Hhi), s is null ? "" : (s.HhiIsLowerBound ? "true" : "false"),
                    s?.Year?.ToString(CultureInfo.InvariantCulture) ?? "", s?.Series ?? "", s?.Basis ?? "",
                    top.ElementAtOrDefault(0)?.Country ?? "", N(top.ElementAtOrDefault(0)?.Share), top.ElementAtOrDefault(1)?.Country ?? "", N(top.ElementAtOrDefault(1)?.Share),
                    top.ElementAtOrDefault(2)?.Country ?? "", N(top.ElementAtOrDefault(2)?.Share),
                    row.NetImportReliance?.Kind ?? "", row.NetImportReliance?.Display ?? "", row.NetImportReliance?.Year.ToString(CultureInfo.InvariantCulture) ?? "",
                    N(row.SupplierShareOfImports?.Share), N(row.SupplierShareOfImports?.ShareUpper), row.SupplierShareOfImports?.Period ?? "",
                    N(row.PartnerShareOfMining?.Share), N(row.PartnerShareOfRefining?.Share), N(row.PartnerShareOfReserves?.Share),
                    N(row.C5ShareOfMining?.Share), N(row.C5ShareOfRefining?.Share), N(row.C5ShareOfReserves?.Share),
                    row.ExportControls.Count(c => c.InForce == true).ToString(CultureInfo.InvariantCulture), row.Flag, string.Join(";", s?.SourceIds ?? []),
                    s?.YearNote ?? "", row.NetImportReliance?.YearNote ?? "", row.SupplierShareOfImports?.YearNote ?? "",
                    string.Join(";", row.TradeMeasures.Select(m => m.Id)),
                ];
                sb.Append(string.Join(",", cells.Select(CsvCell))).Append('\n');
            }
        }
        return sb.ToString();
    }

    private static string YearText(DependencyBrief brief) =>
        brief.Year is { } y ? "data year " + y.ToString(CultureInfo.InvariantCulture) + ", " : "";

    /// <summary>The figures of a row from another year than the brief's, "refining 2022 (latest available); NIR 2023 (latest available)".</summary>
    private static string OtherYears(BriefRow row) =>
        string.Join("; ", row.Stages.Where(kv => kv.Value?.YearNote is not null).Select(kv => kv.Key + " " + kv.Value!.YearNote)
            .Concat(row.NetImportReliance?.YearNote is { } n ? ["NIR " + n] : [])
            .Concat(row.SupplierShareOfImports?.YearNote is { } i ? ["imports " + i] : []));

    private static string NirText(NirSummary? n) => n is null ? Fmt.Missing : n.Display + (n.YearNote is null ? "" : "†");

    private static string Hhi(StageSummary? s) =>
        s?.Hhi is { } h ? h.ToString("0", CultureInfo.InvariantCulture) + (s.HhiIsLowerBound ? "+" : "") : Fmt.Missing;

    private static string N(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "";

    private static string CsvCell(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    /// <summary>World share, and on a second line the supplier's traced share of the importer's supply at the stage ("↳47–100%").</summary>
    private static string MarkdownStage(StageSummary? s) => StageText(s) + (TracedText(s) is { } t ? " (traced " + t + ")" : "");

    private static string StageCell(StageSummary? s) => Markup.Escape(StageText(s) + (TracedText(s) is { } t ? "\n↳" + t : ""));

    /// <summary>The traced bounds as "47–100%" (one figure when they meet), or null when the importer's supply is not traced here.</summary>
    private static string? TracedText(StageSummary? s) =>
        s is not { TracedShareLow: { } low, TracedShareHigh: { } high } ? null
        : Math.Abs(high - low) < 5e-3 ? Fmt.Pct(low, "0")
        : Fmt.Pct(low, "0").TrimEnd('%') + "–" + Fmt.Pct(high, "0");

    private static string StageText(StageSummary? s)
    {
        if (s is null)
        {
            return Fmt.Missing;
        }
        var mark = s.Note?.Contains("PROXY", StringComparison.Ordinal) == true ? "~" : s.Basis == "published shares" ? "*" : "";
        return (s.SupplierShare is null && s.SupplierShareUpper is { } upper ? Bound(upper) : Fmt.Pct(s.SupplierShare, "0")) + mark + (s.YearNote is null ? "" : "†");
    }

    /// <summary>Partners / C5 share of world mining, and of refining on a second line where either has a refining figure; + marks
    /// a lower bound (a member listed without a figure, or not listed beside an "Other countries" row).</summary>
    private static string GroupText(BriefRow row)
    {
        var mining = Group(row.PartnerShareOfMining) + "/" + Group(row.C5ShareOfMining);
        return row.PartnerShareOfRefining is null && row.C5ShareOfRefining is null
            ? mining
            : mining + "\n" + Group(row.PartnerShareOfRefining) + "/" + Group(row.C5ShareOfRefining);
    }

    private static string Group(GroupShare? g) => Fmt.Pct(g?.Share, "0") + (g is { IsLowerBound: true } ? "+" : "");

    private static string ImportText(ImportShare? i) =>
        (i is { Share: null, ShareUpper: { } upper } ? Bound(upper) : i?.Share is > 0 and < 0.005 ? "<0.5%" : Fmt.Pct(i?.Share, "0"))
        + (i?.YearNote is null ? "" : "†");

    /// <summary>"≤1%", "≤0.1%": a bound keeps one decimal below 1 % so a small bound does not read as zero (nor does a small share:
    /// "&lt;0.5%", never "0%" for China's 0.681 t of the U.S.'s 53,558 t of boron ore).</summary>
    private static string Bound(double upper) => "≤" + Fmt.Pct(upper, upper < 0.01 ? "0.0" : "0");

    private static string FlagMarkup(string flag)
    {
        var colour = flag.StartsWith("critical", StringComparison.Ordinal) ? "red"
            : flag.StartsWith("high", StringComparison.Ordinal) ? "darkorange"
            : flag.StartsWith("elevated", StringComparison.Ordinal) ? "yellow" : "default";
        return $"[{colour}]{Markup.Escape(flag)}[/]";
    }

    /// <summary>"tariff 0% to 25%, due from 2026-01-01; status since then not recorded (as of 2024-09-13)".</summary>
    private static string MeasureText(MeasureSummary m) =>
        m.Id + " " + m.MeasureType + (m.RateText is null ? "" : " " + m.RateText) + ", " + m.Status + (m.StatusAsOf is null ? "" : " (as of " + m.StatusAsOf + ")");

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
